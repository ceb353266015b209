package dev.cognitoes.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.RunningServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class AppClientOperationsTest {

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;

    @BeforeEach
    void pool() {
        poolId = cognito.createUserPool(r -> r.poolName("pool").schema(s -> s.name("team")
                .attributeDataType(AttributeDataType.STRING))).userPool().id();
    }

    UserPoolClientType create(String name) {
        return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName(name)).userPoolClient();
    }

    CreateUserPoolClientRequest everySetting(String name) {
        return CreateUserPoolClientRequest.builder()
                .userPoolId(poolId)
                .clientName(name)
                .generateSecret(true)
                .refreshTokenValidity(10)
                .accessTokenValidity(2)
                .idTokenValidity(30)
                .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.HOURS).idToken(TimeUnitsType.MINUTES)
                        .refreshToken(TimeUnitsType.DAYS))
                .readAttributes("email", "custom:team", "email_verified")
                .writeAttributes("email", "custom:team")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .supportedIdentityProviders("COGNITO")
                .callbackURLs("https://example.com/callback", "http://localhost:3000/callback")
                .logoutURLs("https://example.com/signed-out")
                .defaultRedirectURI("https://example.com/callback")
                .allowedOAuthFlows(OAuthFlowType.CODE)
                .allowedOAuthScopes("openid", "email")
                .allowedOAuthFlowsUserPoolClient(true)
                .analyticsConfiguration(a -> a.applicationId("0123456789abcdef").userDataShared(true))
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
                .enableTokenRevocation(false)
                .enablePropagateAdditionalUserContextData(true)
                .authSessionValidity(10)
                .refreshTokenRotation(r -> r.feature("ENABLED").retryGracePeriodSeconds(20))
                .build();
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a client is created with nothing but a name")
    class MinimalClient {

        @Test
        @DisplayName("it answers Cognito's defaults and no secret")
        void defaults() {
            UserPoolClientType client = create("web");

            assertThat(client.userPoolId()).isEqualTo(poolId);
            assertThat(client.clientId()).matches("[a-z0-9]{26}");
            assertThat(client.clientName()).isEqualTo("web");
            assertThat(client.clientSecret()).isNull();
            assertThat(client.creationDate()).isEqualTo(NOW);
            assertThat(client.refreshTokenValidity()).isEqualTo(30);
            assertThat(client.accessTokenValidity()).isEqualTo(60);
            assertThat(client.idTokenValidity()).isEqualTo(60);
            assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
            assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
            assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.MINUTES);
            assertThat(client.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
            assertThat(client.enableTokenRevocation()).isTrue();
            assertThat(client.enablePropagateAdditionalUserContextData()).isFalse();
            assertThat(client.allowedOAuthFlowsUserPoolClient()).isFalse();
            assertThat(client.authSessionValidity()).isEqualTo(3);
            assertThat(client.hasReadAttributes()).isFalse();
        }

        @Test
        @DisplayName("a validity without a unit counts in Cognito's request default: hours, or days for refresh")
        void defaultUnits() {
            UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("units")
                    .accessTokenValidity(2).idTokenValidity(3).refreshTokenValidity(5)).userPoolClient();

            assertThat(client.accessTokenValidity()).isEqualTo(2);
            assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.HOURS);
            assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.HOURS);
            assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
        }

        @Test
        @DisplayName("a generated secret is answered and described, and is 51 lowercase alphanumerics")
        void generatedSecret() {
            UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server")
                    .generateSecret(true)).userPoolClient();

            assertThat(client.clientSecret()).matches("[a-z0-9]{51}");
            assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId()))
                    .userPoolClient().clientSecret()).isEqualTo(client.clientSecret());
        }

        @Test
        @DisplayName("a secret of the caller's choosing is kept")
        void chosenSecret() {
            String secret = "my_own+secret_of_thirty_chars";
            UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server")
                    .clientSecret(secret)).userPoolClient();

            assertThat(client.clientSecret()).isEqualTo(secret);
        }
    }

    @Nested
    @DisplayName("when a client is created with every setting")
    class FullClient {

        @Test
        @DisplayName("DescribeUserPoolClient returns exactly what CreateUserPoolClient answered")
        void roundTrips() {
            UserPoolClientType created = cognito.createUserPoolClient(everySetting("full")).userPoolClient();

            UserPoolClientType described = cognito.describeUserPoolClient(r -> r.userPoolId(poolId)
                    .clientId(created.clientId())).userPoolClient();

            assertThat(described).isEqualTo(created);
        }

        @Test
        @DisplayName("every setting comes back as sent")
        void settingsComeBack() {
            CreateUserPoolClientRequest request = everySetting("full");
            UserPoolClientType client = cognito.createUserPoolClient(request).userPoolClient();

            assertThat(client.refreshTokenValidity()).isEqualTo(10);
            assertThat(client.accessTokenValidity()).isEqualTo(2);
            assertThat(client.idTokenValidity()).isEqualTo(30);
            assertThat(client.tokenValidityUnits()).isEqualTo(request.tokenValidityUnits());
            assertThat(client.readAttributes()).containsExactlyInAnyOrderElementsOf(request.readAttributes());
            assertThat(client.writeAttributes()).containsExactlyInAnyOrderElementsOf(request.writeAttributes());
            assertThat(client.explicitAuthFlows()).isEqualTo(request.explicitAuthFlows());
            assertThat(client.supportedIdentityProviders()).isEqualTo(request.supportedIdentityProviders());
            assertThat(client.callbackURLs()).isEqualTo(request.callbackURLs());
            assertThat(client.logoutURLs()).isEqualTo(request.logoutURLs());
            assertThat(client.defaultRedirectURI()).isEqualTo(request.defaultRedirectURI());
            assertThat(client.allowedOAuthFlows()).isEqualTo(request.allowedOAuthFlows());
            assertThat(client.allowedOAuthScopes()).isEqualTo(request.allowedOAuthScopes());
            assertThat(client.allowedOAuthFlowsUserPoolClient()).isTrue();
            assertThat(client.analyticsConfiguration()).isEqualTo(request.analyticsConfiguration());
            assertThat(client.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
            assertThat(client.enableTokenRevocation()).isFalse();
            assertThat(client.enablePropagateAdditionalUserContextData()).isTrue();
            assertThat(client.authSessionValidity()).isEqualTo(10);
            assertThat(client.refreshTokenRotation()).isEqualTo(request.refreshTokenRotation());
        }

        @Test
        @DisplayName("the wire shape uses Cognito's member names")
        void wireShape() {
            String clientId = cognito.createUserPoolClient(everySetting("wire")).userPoolClient().clientId();

            JsonNode client = server.call("DescribeUserPoolClient", "{\"UserPoolId\":\"" + poolId
                    + "\",\"ClientId\":\"" + clientId + "\"}").body().path("UserPoolClient");

            assertThat(client.path("CallbackURLs").size()).isEqualTo(2);
            assertThat(client.path("LogoutURLs").size()).isEqualTo(1);
            assertThat(client.path("DefaultRedirectURI").asText()).isEqualTo("https://example.com/callback");
            assertThat(client.path("AllowedOAuthFlowsUserPoolClient").asBoolean()).isTrue();
            assertThat(client.path("RefreshTokenRotation").path("RetryGracePeriodSeconds").asInt()).isEqualTo(20);
            assertThat(client.path("CreationDate").isNumber()).isTrue();
        }
    }

    @Nested
    @DisplayName("when CreateUserPoolClient breaks a rule")
    class CreateRefusals {

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId("us-east-1_missing1")
                    .clientName("x")), ResourceNotFoundException.class, "User pool us-east-1_missing1 does not exist.");
        }

        @Test
        @DisplayName("read attributes the pool does not have are refused")
        void readAttributes() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .readAttributes("custom:nope")), InvalidParameterException.class,
                    "Invalid read attributes specified while creating a client");
        }

        @Test
        @DisplayName("write attributes the pool does not have are refused")
        void writeAttributes() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .writeAttributes("team")), InvalidParameterException.class,
                    "Invalid write attributes specified while creating a client");
        }

        @Test
        @DisplayName("token validities outside Cognito's ranges are refused")
        void tokenValidity() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .accessTokenValidity(2).tokenValidityUnits(u -> u.accessToken(TimeUnitsType.DAYS))),
                    InvalidParameterException.class, "Invalid range for token validity.");
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .tokenValidityUnits(u -> u.idToken(TimeUnitsType.HOURS))),
                    InvalidParameterException.class, "Invalid range for token validity.");
        }

        @Test
        @DisplayName("legacy auth flows mixed with ALLOW_ flows are refused")
        void mixedFlows() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH,
                                    ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)), InvalidParameterException.class,
                    "ExplicitAuthFlows cannot combine the legacy values ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY and "
                            + "USER_PASSWORD_AUTH with values that begin with ALLOW_.");
        }

        @Test
        @DisplayName("a chosen secret together with GenerateSecret is refused")
        void secretTwice() {
            assertRefused(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("x")
                            .generateSecret(true).clientSecret("my_own+secret_of_thirty_chars")),
                    InvalidParameterException.class, "ClientSecret cannot be provided when GenerateSecret is true.");
        }
    }

    @Nested
    @DisplayName("when a client is updated")
    class Updating {

        @Test
        @DisplayName("the settings sent replace the old ones, absent ones return to defaults, name and secret stay")
        void replaces() {
            UserPoolClientType client = cognito.createUserPoolClient(everySetting("before")).userPoolClient();

            UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId)
                    .clientId(client.clientId()).accessTokenValidity(30)
                    .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES))).userPoolClient();

            assertThat(updated.clientName()).isEqualTo("before");
            assertThat(updated.clientSecret()).isEqualTo(client.clientSecret());
            assertThat(updated.accessTokenValidity()).isEqualTo(30);
            assertThat(updated.refreshTokenValidity()).isEqualTo(30);
            assertThat(updated.hasReadAttributes()).isFalse();
            assertThat(updated.hasCallbackURLs()).isFalse();
            assertThat(updated.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
            assertThat(updated.enableTokenRevocation()).isTrue();
            assertThat(updated.creationDate()).isEqualTo(client.creationDate());
            assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId()))
                    .userPoolClient()).isEqualTo(updated);
        }

        @Test
        @DisplayName("a new name is taken")
        void renames() {
            UserPoolClientType client = create("before");

            UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId)
                    .clientId(client.clientId()).clientName("after")).userPoolClient();

            assertThat(updated.clientName()).isEqualTo("after");
        }

        @Test
        @DisplayName("write attributes the pool does not have are refused")
        void writeAttributes() {
            UserPoolClientType client = create("web");

            assertRefused(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId())
                            .writeAttributes("custom:nope")), InvalidParameterException.class,
                    "Invalid write attributes specified while updating a client");
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            assertRefused(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId("nosuchclient")
                            .clientName("x")), ResourceNotFoundException.class,
                    "User pool client nosuchclient does not exist.");
        }
    }

    @Nested
    @DisplayName("when a client or its pool is deleted")
    class Deleting {

        @Test
        @DisplayName("a deleted client is no longer described or listed")
        void deletesClient() {
            UserPoolClientType kept = create("kept");
            UserPoolClientType gone = create("gone");

            cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(gone.clientId()));

            assertRefused(() -> cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(gone.clientId())),
                    ResourceNotFoundException.class, "User pool client " + gone.clientId() + " does not exist.");
            assertRefused(() -> cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(gone.clientId())),
                    ResourceNotFoundException.class, "User pool client " + gone.clientId() + " does not exist.");
            assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients())
                    .extracting(UserPoolClientDescription::clientId).containsExactly(kept.clientId());
        }

        @Test
        @DisplayName("the clients of a deleted pool go with it")
        void deletesPool() {
            UserPoolClientType client = create("web");

            cognito.deleteUserPool(r -> r.userPoolId(poolId));

            assertRefused(() -> cognito.describeUserPoolClient(r -> r.userPoolId(poolId)
                    .clientId(client.clientId())), ResourceNotFoundException.class,
                    "User pool " + poolId + " does not exist.");
        }

        @Test
        @DisplayName("a client is not found through another pool")
        void otherPool() {
            UserPoolClientType client = create("web");
            String otherPool = cognito.createUserPool(r -> r.poolName("other")).userPool().id();

            assertRefused(() -> cognito.describeUserPoolClient(r -> r.userPoolId(otherPool)
                    .clientId(client.clientId())), ResourceNotFoundException.class,
                    "User pool client " + client.clientId() + " does not exist.");
        }
    }

    @Nested
    @DisplayName("when clients are listed")
    class Listing {

        @Test
        @DisplayName("NextToken leads through every client of the pool, each once, with its name")
        void pages() {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                created.add(create("client" + i).clientId());
            }

            List<String> listed = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListUserPoolClientsResponse page = cognito.listUserPoolClients(r -> r.userPoolId(poolId)
                        .maxResults(2).nextToken(next));
                page.userPoolClients().forEach(c -> {
                    assertThat(c.userPoolId()).isEqualTo(poolId);
                    assertThat(c.clientName()).startsWith("client");
                    listed.add(c.clientId());
                });
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(pages).isEqualTo(3);
            assertThat(listed).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            assertRefused(() -> cognito.listUserPoolClients(r -> r.userPoolId("us-east-1_missing3")),
                    ResourceNotFoundException.class, "User pool us-east-1_missing3 does not exist.");
        }

        @Test
        @DisplayName("a token of another pool's list is refused")
        void foreignToken() {
            create("a");
            create("b");
            String token = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(1)).nextToken();
            String otherPool = cognito.createUserPool(r -> r.poolName("other")).userPool().id();

            assertThatThrownBy(() -> cognito.listUserPoolClients(r -> r.userPoolId(otherPool).nextToken(token)))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }
}
