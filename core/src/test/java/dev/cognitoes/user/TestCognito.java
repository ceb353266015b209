package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.userpool.api.AdminCreateUserConfig;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A runtime with pinned clock, ids and codes, the production crypto and page tokens, test pools and clients
 * created through their commands, and an outbox to read delivered messages from.
 */
final class TestCognito implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String POOL = "us-east-1_Plain0001";
    static final String INSENSITIVE_POOL = "us-east-1_Insens001";
    static final String EMAIL_POOL = "us-east-1_EmailUser1";
    static final String ADMIN_ONLY_POOL = "us-east-1_AdminOnly1";
    static final String REQUIRED_NAME_POOL = "us-east-1_Required01";

    static final String CLIENT = "plainclient";
    static final String MASKING_CLIENT = "maskingclient";
    static final String SECRET_CLIENT = "secretclient";
    static final String CLIENT_SECRET = "s3cr3t5ecretofthe0client0xyz";
    static final String INSENSITIVE_CLIENT = "insensitiveclient";
    static final String EMAIL_CLIENT = "emailclient";
    static final String ADMIN_ONLY_CLIENT = "adminonlyclient";
    static final String REQUIRED_NAME_CLIENT = "requirednameclient";

    final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    final TestIds ids = new TestIds();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryStorageModule storage = new InMemoryStorageModule();
    final CognitoRuntime runtime;

    TestCognito() {
        runtime = CognitoRuntime.builder()
                .clock(clock)
                .idGenerator(ids)
                .codeGenerator(ids)
                .codeDelivery(outbox)
                .storage(storage)
                .build();
        Set<String> email = Set.of("email");
        pool(POOL, SignInSettings.DEFAULT, settings(email, false),
                List.of(SchemaAttributeDeclaration.of("team", AttributeDataType.STRING),
                        new SchemaAttributeDeclaration("internal", AttributeDataType.STRING, true, null, null, null,
                                null, null, null)));
        pool(INSENSITIVE_POOL, new SignInSettings(Set.of(), Set.of("email"), false), settings(email, false),
                List.of());
        pool(EMAIL_POOL, new SignInSettings(Set.of("email"), Set.of(), false), settings(email, false), List.of());
        pool(ADMIN_ONLY_POOL, SignInSettings.DEFAULT, settings(email, true), List.of());
        pool(REQUIRED_NAME_POOL, SignInSettings.DEFAULT, settings(Set.of(), false),
                List.of(required("name"), required("email")));
        client(POOL, CLIENT, null, "LEGACY");
        client(POOL, MASKING_CLIENT, null, "ENABLED");
        client(POOL, SECRET_CLIENT, CLIENT_SECRET, "LEGACY");
        client(INSENSITIVE_POOL, INSENSITIVE_CLIENT, null, "LEGACY");
        client(EMAIL_POOL, EMAIL_CLIENT, null, "LEGACY");
        client(ADMIN_ONLY_POOL, ADMIN_ONLY_CLIENT, null, "LEGACY");
        client(REQUIRED_NAME_POOL, REQUIRED_NAME_CLIENT, null, "LEGACY");
    }

    /** A pool's settings: Cognito's defaults, with these auto-verified attributes and sign-up rule. */
    static UserPoolSettings settings(Set<String> autoVerified, boolean adminCreateUserOnly) {
        UserPoolSettings defaults = UserPoolSettings.defaults("pool");
        return new UserPoolSettings(defaults.poolName(), defaults.passwordPolicy(), defaults.allowedFirstAuthFactors(),
                false, autoVerified, defaults.verificationMessageTemplate(), null, Set.of(), "OFF",
                new AdminCreateUserConfig(adminCreateUserOnly, 7, AdminCreateUserConfig.DEFAULT.inviteMessageTemplate()),
                List.of(), Map.of(), "ESSENTIALS", Map.of());
    }

    void pool(String id, SignInSettings signIn, UserPoolSettings settings,
                      List<SchemaAttributeDeclaration> schema) {
        ids.nextUserPoolIdSuffix(id.substring(id.indexOf('_') + 1));
        String created = runtime.send(new CreateUserPoolCommand(REGION, signIn, schema, settings)).id();
        if (!created.equals(id)) {
            throw new IllegalStateException("pool " + id + " was created as " + created);
        }
    }

    void client(String userPoolId, String clientId, String secret, String preventUserExistenceErrors) {
        AppClientSettings defaults = AppClientSettings.defaults("client-" + clientId);
        AppClientSettings settings = new AppClientSettings(defaults.clientName(), defaults.refreshTokenValidity(),
                defaults.accessTokenValidity(), defaults.idTokenValidity(), null, null, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), false, preventUserExistenceErrors, true, false, 3,
                Map.of());
        ids.nextAppClientId(clientId);
        runtime.send(new CreateUserPoolClientCommand(userPoolId, settings, false, secret));
    }

    private static SchemaAttributeDeclaration required(String standardAttribute) {
        return new SchemaAttributeDeclaration(standardAttribute, null, null, null, true, null, null, null, null);
    }

    List<OutboundMessage> messages(String userPoolId, String username) {
        return outbox.messagesFor(userPoolId, username);
    }

    /** The code or temporary password of the latest message of this kind to the user. */
    String lastCode(String userPoolId, String username, MessageKind kind) {
        List<OutboundMessage> messages = messages(userPoolId, username).stream()
                .filter(m -> m.kind() == kind).toList();
        if (messages.isEmpty()) {
            throw new AssertionError("no " + kind + " message for " + username);
        }
        return messages.get(messages.size() - 1).code();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
