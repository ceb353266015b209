package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.userpool.api.AdminCreateUserConfig;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Pools and clients that tests define directly, standing in for the pool and client features. */
final class TestDirectories implements UserPoolDirectory {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final List<String> STANDARD_ATTRIBUTES = List.of("name", "given_name", "family_name", "nickname",
            "preferred_username", "email", "phone_number", "locale", "email_verified", "phone_number_verified");

    private final Map<String, UserPoolView> pools = new ConcurrentHashMap<>();
    private final Map<String, AppClientView> clients = new ConcurrentHashMap<>();

    @Override
    public Optional<UserPoolView> find(String id) {
        return Optional.ofNullable(pools.get(id));
    }

    AppClientDirectory clients() {
        return clientId -> Optional.ofNullable(clients.get(clientId));
    }

    UserPoolView addPool(String id, SignInSettings signIn, UserPoolSettings settings, List<String> required,
                         List<String> custom) {
        List<SchemaAttribute> schema = new ArrayList<>();
        for (String name : STANDARD_ATTRIBUTES) {
            schema.add(attribute(name, required.contains(name), false));
        }
        for (String name : custom) {
            schema.add(attribute(name, false, name.startsWith("dev:")));
        }
        UserPoolView pool = new UserPoolView(id, "arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + id, signIn,
                schema, settings, CREATED, CREATED);
        pools.put(id, pool);
        return pool;
    }

    AppClientView addClient(String userPoolId, String clientId, String secret, String preventUserExistenceErrors) {
        AppClientSettings defaults = AppClientSettings.defaults("client-" + clientId);
        AppClientSettings settings = new AppClientSettings(defaults.clientName(), defaults.refreshTokenValidity(),
                defaults.accessTokenValidity(), defaults.idTokenValidity(), null, null, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), false, preventUserExistenceErrors, true, false, 3,
                Map.of());
        AppClientView client = new AppClientView(userPoolId, clientId, Optional.ofNullable(secret), settings,
                CREATED, CREATED);
        clients.put(clientId, client);
        return client;
    }

    static UserPoolSettings settings(Set<String> autoVerified, boolean adminCreateUserOnly) {
        UserPoolSettings defaults = UserPoolSettings.defaults("pool");
        return new UserPoolSettings(defaults.poolName(), defaults.passwordPolicy(), defaults.allowedFirstAuthFactors(),
                false, autoVerified, defaults.verificationMessageTemplate(), null, Set.of(), "OFF",
                new AdminCreateUserConfig(adminCreateUserOnly, 7, AdminCreateUserConfig.DEFAULT.inviteMessageTemplate()),
                List.of(), Map.of(), "ESSENTIALS", Map.of());
    }

    private static SchemaAttribute attribute(String name, boolean required, boolean developerOnly) {
        AttributeDataType type = name.endsWith("_verified") ? AttributeDataType.BOOLEAN : AttributeDataType.STRING;
        return new SchemaAttribute(name, type, developerOnly, true, required, null, null, null, null);
    }
}
