package dev.cognitoes.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.auth.token.TokenGrant;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.UserPoolView;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WellKnownEndpointsTest {

    static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(CLOCK).build();

    static String createPool(String name) {
        return server.sdkClient().createUserPool(r -> r.poolName(name)).userPool().id();
    }

    static AppClientView createClient(String poolId) {
        String clientId = server.sdkClient().createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
                .userPoolClient().clientId();
        return server.runtime().query(new DescribeUserPoolClientQuery(poolId, clientId));
    }

    static IssuedTokens mint(AppClientView client) {
        UserView jane = new UserView(client.userPoolId(), "jane", UUID.randomUUID().toString(),
                Map.of("email", "jane@example.com", "email_verified", "true"), UserStatus.CONFIRMED, true,
                CLOCK.instant(), CLOCK.instant());
        return server.runtime().component(TokenIssuer.class).issue(new TokenGrant(client, jane, CLOCK.instant(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString()));
    }

    static WireResponse get(String path) {
        return server.send(server.request(path).GET());
    }

    @Nested
    @DisplayName("when a pool's JWKS is fetched")
    class Jwks {

        @Test
        @DisplayName("it lists the pool's two public keys as JSON Web Keys, without any private part")
        void publicKeys() {
            String poolId = createPool("jwks");
            UserPoolView pool = server.runtime().query(new DescribeUserPoolQuery(poolId));

            WireResponse response = get("/" + poolId + "/.well-known/jwks.json");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).contains("application/json");
            JsonNode keys = response.body().get("keys");
            assertThat(keys).hasSize(2);
            List<String> kids = new ArrayList<>();
            for (JsonNode key : keys) {
                List<String> fields = new ArrayList<>();
                key.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactly("alg", "e", "kid", "kty", "n", "use");
                assertThat(key.get("alg").asText()).isEqualTo("RS256");
                assertThat(key.get("kty").asText()).isEqualTo("RSA");
                assertThat(key.get("use").asText()).isEqualTo("sig");
                assertThat(key.get("e").asText()).isEqualTo("AQAB");
                kids.add(key.get("kid").asText());
            }
            assertThat(kids).containsExactlyElementsOf(pool.signingKeys().stream().map(PoolSigningKey::kid)
                    .toList());
            assertThat(server.call("DescribeUserPool", "{\"UserPoolId\":\"" + poolId + "\"}").text())
                    .contains(poolId).doesNotContain(kids.get(0), kids.get(1), "signingKeys", "sealed");
        }

        @Test
        @DisplayName("an unknown pool is not found, as Cognito words it")
        void unknownPool() {
            for (String document : List.of("jwks.json", "openid-configuration")) {
                WireResponse response = get("/us-east-1_NoSuchOne/.well-known/" + document);

                assertThat(response.status()).isEqualTo(404);
                assertThat(response.errorType()).isEqualTo("ResourceNotFoundException");
                assertThat(response.message()).isEqualTo("User pool us-east-1_NoSuchOne does not exist.");
            }
        }
    }

    @Nested
    @DisplayName("when a pool's OpenID configuration is fetched")
    class Discovery {

        @Test
        @DisplayName("it names the issuer, the JWKS and the endpoints Cognito lists for a pool without domain")
        void document() {
            String poolId = createPool("discovery");
            String issuer = server.baseUri() + "/" + poolId;

            JsonNode document = get("/" + poolId + "/.well-known/openid-configuration").body();

            assertThat(document.get("issuer").asText()).isEqualTo(issuer);
            assertThat(document.get("jwks_uri").asText()).isEqualTo(issuer + "/.well-known/jwks.json");
            assertThat(document.get("authorization_endpoint").asText()).isEqualTo(issuer + "/authorize");
            assertThat(document.get("token_endpoint").asText()).isEqualTo(issuer + "/token");
            assertThat(document.get("userinfo_endpoint").asText()).isEqualTo(issuer + "/userInfo");
            assertThat(texts(document, "id_token_signing_alg_values_supported")).containsExactly("RS256");
            assertThat(texts(document, "response_types_supported")).containsExactly("code", "token");
            assertThat(texts(document, "subject_types_supported")).containsExactly("public");
            assertThat(texts(document, "scopes_supported")).containsExactly("openid", "email", "phone", "profile");
            assertThat(texts(document, "token_endpoint_auth_methods_supported"))
                    .containsExactly("client_secret_basic", "client_secret_post");
            assertThat(texts(document, "claims_supported")).contains("sub", "iss", "aud", "cognito:username",
                    "email", "email_verified", "token_use", "auth_time");
        }

        static List<String> texts(JsonNode document, String field) {
            List<String> values = new ArrayList<>();
            document.get(field).forEach(value -> values.add(value.asText()));
            return values;
        }
    }

    @Nested
    @DisplayName("when a standard JWT library validates the pool's tokens with only what the server publishes")
    class StandardValidation {

        final String poolId = createPool("validation");
        final AppClientView client = createClient(poolId);
        final JsonNode discovery = get("/" + poolId + "/.well-known/openid-configuration").body();
        final String issuer = discovery.get("issuer").asText();

        DefaultJWTProcessor<SecurityContext> processor(String tokenUse, String audience, Set<String> required)
                throws Exception {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(discovery.get("jwks_uri").asText()).toURL())
                    .retrying(false)
                    .build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                    new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", tokenUse).build(), required));
            return processor;
        }

        @Test
        @DisplayName("the ID token verifies with the issuer, the client as audience and an expiry in the future")
        void idToken() throws Exception {
            IssuedTokens tokens = mint(client);

            JWTClaimsSet claims = processor("id", client.clientId(), Set.of("sub", "exp", "iat", "auth_time"))
                    .process(tokens.idToken(), null);

            assertThat(claims.getIssuer()).isEqualTo(server.baseUri() + "/" + poolId);
            assertThat(claims.getStringClaim("cognito:username")).isEqualTo("jane");
            assertThat(claims.getBooleanClaim("email_verified")).isTrue();
        }

        @Test
        @DisplayName("the access token verifies with the issuer and names the client")
        void accessToken() throws Exception {
            IssuedTokens tokens = mint(client);

            JWTClaimsSet claims = processor("access", null, Set.of("sub", "exp", "iat", "client_id", "scope"))
                    .process(tokens.accessToken(), null);

            assertThat(claims.getStringClaim("client_id")).isEqualTo(client.clientId());
            assertThat(claims.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
        }

        @Test
        @DisplayName("an expired token, another pool's token and an ID token taken for an access token are refused")
        void refusals() throws Exception {
            CLOCK.advance(Duration.ofHours(-3));
            IssuedTokens expired;
            try {
                expired = mint(client);
            } finally {
                CLOCK.advance(Duration.ofHours(3));
            }
            IssuedTokens otherPools = mint(createClient(createPool("other")));
            IssuedTokens genuine = mint(client);

            assertThatThrownBy(() -> processor("access", null, Set.of()).process(expired.accessToken(), null))
                    .isInstanceOf(BadJOSEException.class).hasMessageContaining("Expired");
            assertThatThrownBy(() -> processor("access", null, Set.of()).process(otherPools.accessToken(), null))
                    .isInstanceOf(BadJOSEException.class);
            assertThatThrownBy(() -> processor("access", null, Set.of()).process(genuine.idToken(), null))
                    .isInstanceOf(BadJOSEException.class);
        }
    }

    @Nested
    @DisplayName("when the server is given an issuer base")
    class IssuerBaseSetting {

        @Test
        @DisplayName("tokens and the discovery document name it, and the keys stay served at the server")
        void issuerBase() throws Exception {
            try (RunningServer behindProxy = RunningServer.builder()
                    .issuerBase("https://auth.example.test/cognito/").build().start()) {
                String poolId = behindProxy.sdkClient().createUserPool(r -> r.poolName("proxied")).userPool().id();
                String clientId = behindProxy.sdkClient().createUserPoolClient(r -> r.userPoolId(poolId)
                        .clientName("web")).userPoolClient().clientId();
                AppClientView client = behindProxy.runtime().query(new DescribeUserPoolClientQuery(poolId, clientId));
                UserView kim = new UserView(poolId, "kim", "sub-kim", Map.of(), UserStatus.CONFIRMED, true,
                        Instant.now(), Instant.now());
                IssuedTokens tokens = behindProxy.runtime().component(TokenIssuer.class)
                        .issue(new TokenGrant(client, kim, Instant.now(), "o", "e"));

                JsonNode document = behindProxy.send(behindProxy.request("/" + poolId
                        + "/.well-known/openid-configuration").GET()).body();

                assertThat(document.get("issuer").asText()).isEqualTo("https://auth.example.test/cognito/" + poolId);
                assertThat(document.get("jwks_uri").asText())
                        .isEqualTo("https://auth.example.test/cognito/" + poolId + "/.well-known/jwks.json");
                assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getIssuer())
                        .isEqualTo("https://auth.example.test/cognito/" + poolId);
                assertThat(behindProxy.send(behindProxy.request("/" + poolId + "/.well-known/jwks.json").GET())
                        .status()).isEqualTo(200);
            }
        }
    }
}
