package dev.cognitoes.client;

import static dev.cognitoes.shared.CognitoError.INVALID_PARAMETER;
import static dev.cognitoes.shared.CognitoError.RESOURCE_NOT_FOUND;
import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoError;
import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoErrorStartingWith;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.client.api.AppClientCreatedEvent;
import dev.cognitoes.client.api.AppClientDeletedEvent;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientSettingsChangedEvent;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.DeleteUserPoolClientCommand;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.testkit.ReversibleSecretSealer;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppClientTest {

    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    static final String POOL_ID = "eu-west-1_Pool00001";
    static final String OTHER_POOL_ID = "eu-west-1_Pool00002";
    static final String CLIENT_ID = SequentialIdGenerator.clientId(1);
    static final String SECRET = SequentialIdGenerator.clientSecret(1);
    static final ReversibleSecretSealer SEALER = new ReversibleSecretSealer();
    static final AppClientSettings DEFAULTS = AppClientSettings.defaults("web");

    static final UserPoolView POOL = pool(POOL_ID);

    AggregateTestFixture<AppClient> fixture;

    static UserPoolView pool(String id) {
        return new UserPoolView(id, "arn:aws:cognito-idp:eu-west-1:000000000000:userpool/" + id,
                SignInSettings.DEFAULT, List.of(
                new SchemaAttribute("email", AttributeDataType.STRING, false, true, false, 0, 2048, null, null),
                new SchemaAttribute("email_verified", AttributeDataType.BOOLEAN, false, true, false, null, null,
                        null, null),
                new SchemaAttribute("custom:team", AttributeDataType.STRING, false, true, false, null, null, null,
                        null)),
                UserPoolSettings.defaults("pool"), NOW, NOW);
    }

    @BeforeEach
    void fixture() {
        UserPoolDirectory pools = id -> Optional.of(id).filter(Set.of(POOL_ID, OTHER_POOL_ID)::contains)
                .map(AppClientTest::pool);
        fixture = new AggregateTestFixture<>(AppClient.class);
        fixture.registerInjectableResource(pools);
        fixture.registerInjectableResource(new SequentialIdGenerator());
        fixture.registerInjectableResource(SEALER);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static AppClientSettings with(TokenValidity refresh, TokenValidity access, TokenValidity id) {
        AppClientSettings d = DEFAULTS;
        return new AppClientSettings(d.clientName(), refresh, access, id, d.readAttributes(), d.writeAttributes(),
                d.explicitAuthFlows(), d.supportedIdentityProviders(), d.callbackUrls(), d.logoutUrls(),
                d.defaultRedirectUri(), d.allowedOAuthFlows(), d.allowedOAuthScopes(),
                d.allowedOAuthFlowsUserPoolClient(), d.preventUserExistenceErrors(), d.enableTokenRevocation(),
                d.enablePropagateAdditionalUserContextData(), d.authSessionValidityMinutes(),
                d.additionalSettings());
    }

    static AppClientSettings with(Set<String> read, Set<String> write, List<String> flows) {
        AppClientSettings d = DEFAULTS;
        return new AppClientSettings(d.clientName(), d.refreshTokenValidity(), d.accessTokenValidity(),
                d.idTokenValidity(), read, write, flows, d.supportedIdentityProviders(), d.callbackUrls(),
                d.logoutUrls(), d.defaultRedirectUri(), d.allowedOAuthFlows(), d.allowedOAuthScopes(),
                d.allowedOAuthFlowsUserPoolClient(), d.preventUserExistenceErrors(), d.enableTokenRevocation(),
                d.enablePropagateAdditionalUserContextData(), d.authSessionValidityMinutes(),
                d.additionalSettings());
    }

    static AppClientCreatedEvent created(SealedSecret secret) {
        return new AppClientCreatedEvent(POOL_ID, CLIENT_ID, secret, DEFAULTS, NOW);
    }

    @Nested
    @DisplayName("when a client is created")
    class Creating {

        @Test
        @DisplayName("a client without a secret gets an id and the settings as given")
        void withoutSecret() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, DEFAULTS, false, null))
                    .expectEvents(created(null))
                    .expectResultMessagePayload(new AppClientView(POOL_ID, CLIENT_ID, Optional.empty(), DEFAULTS,
                            NOW, NOW));
        }

        @Test
        @DisplayName("a generated secret is answered in clear but recorded sealed")
        void generatedSecret() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, DEFAULTS, true, null))
                    .expectEvents(created(SEALER.seal(SECRET)))
                    .expectResultMessagePayload(new AppClientView(POOL_ID, CLIENT_ID, Optional.of(SECRET), DEFAULTS,
                            NOW, NOW));
        }

        @Test
        @DisplayName("a secret of the caller's choosing is kept, sealed")
        void chosenSecret() {
            String chosen = "my+own_secret_of_thirty_chars";
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, DEFAULTS, false, chosen))
                    .expectEvents(created(SEALER.seal(chosen)))
                    .expectResultMessagePayload(new AppClientView(POOL_ID, CLIENT_ID, Optional.of(chosen), DEFAULTS,
                            NOW, NOW));
        }

        @Test
        @DisplayName("a refresh token validity of 0 becomes the default of 30 days")
        void zeroRefreshValidity() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(new TokenValidity(0, "days"),
                            DEFAULTS.accessTokenValidity(), DEFAULTS.idTokenValidity()), false, null))
                    .expectEvents(created(null));
        }

        @Test
        @DisplayName("a chosen secret together with a generated one is refused")
        void chosenAndGeneratedSecret() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, DEFAULTS, true, "my+own_secret_of_thirty_chars"))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "ClientSecret cannot be provided when GenerateSecret is true."));
        }

        @Test
        @DisplayName("a chosen secret shorter than 24 characters is refused without repeating it")
        void shortSecret() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, DEFAULTS, false, "short"))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "1 validation error detected: Value at "
                            + "'clientSecret' failed to satisfy constraint: Member must have length greater than or "
                            + "equal to 24"));
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand("eu-west-1_missing", DEFAULTS, false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool eu-west-1_missing does not exist."));
        }

        @Test
        @DisplayName("read attributes outside the pool's schema are refused")
        void unknownReadAttribute() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(Set.of("email", "custom:nope"), null,
                            List.of()), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Invalid read attributes specified while creating a client"));
        }

        @Test
        @DisplayName("write attributes outside the pool's schema are refused")
        void unknownWriteAttribute() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(null, Set.of("team"), List.of()), false,
                            null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Invalid write attributes specified while creating a client"));
        }

        @Test
        @DisplayName("legacy auth flows mixed with ALLOW_ flows are refused")
        void mixedAuthFlows() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(null, null,
                            List.of("USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "ExplicitAuthFlows cannot combine the legacy "
                            + "values ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH with values "
                            + "that begin with ALLOW_."));
        }

        @Test
        @DisplayName("an auth flow Cognito does not know is refused")
        void unknownAuthFlow() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(null, null, List.of("ALLOW_MAGIC")), false,
                            null))
                    .expectNoEvents()
                    .expectException(cognitoErrorStartingWith(INVALID_PARAMETER,
                            "1 validation error detected: Value '[ALLOW_MAGIC]' at 'explicitAuthFlows'"));
        }

        @Test
        @DisplayName("an access token living less than 5 minutes is refused")
        void shortAccessToken() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(DEFAULTS.refreshTokenValidity(),
                            new TokenValidity(299, "seconds"), DEFAULTS.idTokenValidity()), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "Invalid range for token validity."));
        }

        @Test
        @DisplayName("an ID token living more than a day is refused")
        void longIdToken() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(DEFAULTS.refreshTokenValidity(),
                            DEFAULTS.accessTokenValidity(), new TokenValidity(25, "hours")), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "Invalid range for token validity."));
        }

        @Test
        @DisplayName("a refresh token living less than an hour or more than 10 years is refused")
        void refreshTokenBounds() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(new TokenValidity(59, "minutes"),
                            DEFAULTS.accessTokenValidity(), DEFAULTS.idTokenValidity()), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "Invalid range for token validity."));
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, with(new TokenValidity(3651, "days"),
                            DEFAULTS.accessTokenValidity(), DEFAULTS.idTokenValidity()), false, null))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "Invalid range for token validity."));
        }

        @Test
        @DisplayName("the widest token validities are accepted")
        void widestValidities() {
            AppClientSettings widest = with(new TokenValidity(3650, "days"), new TokenValidity(1, "days"),
                    new TokenValidity(5, "minutes"));
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolClientCommand(POOL_ID, widest, false, null))
                    .expectEvents(new AppClientCreatedEvent(POOL_ID, CLIENT_ID, null, widest, NOW));
        }
    }

    @Nested
    @DisplayName("when a client is updated")
    class Updating {

        final AppClientSettings changed = new AppClientSettings("renamed", new TokenValidity(10, "days"),
                new TokenValidity(2, "hours"), new TokenValidity(30, "minutes"), Set.of("email", "custom:team"),
                Set.of("custom:team"), List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), List.of("COGNITO"),
                List.of("https://example.com/cb"), List.of("https://example.com/out"), "https://example.com/cb",
                List.of("code"), List.of("openid"), true, "ENABLED", false, true, 15,
                Map.of("AnalyticsConfiguration", Map.of("ApplicationId", "app")));

        @Test
        @DisplayName("its settings are replaced and its secret stays")
        void replacesSettings() {
            fixture.given(created(SEALER.seal(SECRET)))
                    .when(new UpdateUserPoolClientCommand(POOL_ID, CLIENT_ID, changed))
                    .expectEvents(new AppClientSettingsChangedEvent(POOL_ID, CLIENT_ID, changed, NOW))
                    .expectResultMessagePayload(new AppClientView(POOL_ID, CLIENT_ID, Optional.of(SECRET), changed,
                            NOW, NOW));
        }

        @Test
        @DisplayName("write attributes outside the pool's schema are refused")
        void unknownWriteAttribute() {
            fixture.given(created(null))
                    .when(new UpdateUserPoolClientCommand(POOL_ID, CLIENT_ID, with(null, Set.of("custom:nope"),
                            List.of())))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Invalid write attributes specified while updating a client"));
        }

        @Test
        @DisplayName("a client named with another pool is not found")
        void otherPool() {
            fixture.given(created(null))
                    .when(new UpdateUserPoolClientCommand(OTHER_POOL_ID, CLIENT_ID, changed))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND,
                            "User pool client " + CLIENT_ID + " does not exist."));
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            fixture.givenNoPriorActivity()
                    .when(new UpdateUserPoolClientCommand(POOL_ID, "nosuchclient", changed))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND,
                            "User pool client nosuchclient does not exist."));
        }

        @Test
        @DisplayName("a client of an unknown pool names the pool as not found")
        void unknownPool() {
            fixture.given(created(null))
                    .when(new UpdateUserPoolClientCommand("eu-west-1_missing", CLIENT_ID, changed))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool eu-west-1_missing does not exist."));
        }
    }

    @Nested
    @DisplayName("when a client is deleted")
    class Deleting {

        @Test
        @DisplayName("it is deleted")
        void deletes() {
            fixture.given(created(null))
                    .when(new DeleteUserPoolClientCommand(POOL_ID, CLIENT_ID))
                    .expectEvents(new AppClientDeletedEvent(POOL_ID, CLIENT_ID, NOW));
        }

        @Test
        @DisplayName("a client deleted before is not found")
        void deletedTwice() {
            fixture.given(created(null), new AppClientDeletedEvent(POOL_ID, CLIENT_ID, NOW))
                    .when(new DeleteUserPoolClientCommand(POOL_ID, CLIENT_ID))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND,
                            "User pool client " + CLIENT_ID + " does not exist."));
        }

        @Test
        @DisplayName("a client named with another pool is not found")
        void otherPool() {
            fixture.given(created(null))
                    .when(new DeleteUserPoolClientCommand(OTHER_POOL_ID, CLIENT_ID))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND,
                            "User pool client " + CLIENT_ID + " does not exist."));
        }
    }
}
