package dev.cognitoes.auth.token;

import static dev.cognitoes.auth.token.TokenFixture.SUB;
import static dev.cognitoes.auth.token.TokenFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.GetSigningKeysQuery;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final long IAT = T0.getEpochSecond();
    static final long AUTH_TIME = T0.minusSeconds(30).getEpochSecond();

    final TokenFixture cognito = new TokenFixture();
    final String issuer = "https://idp.example.test:8443/" + cognito.pool.id();
    final UserView jane = cognito.user(attributes());

    @AfterEach
    void stop() {
        cognito.close();
    }

    static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sub", SUB);
        attributes.put("email", "jane@example.com");
        attributes.put("email_verified", "true");
        attributes.put("phone_number", "+15555550100");
        attributes.put("phone_number_verified", "false");
        attributes.put("given_name", "Jane");
        attributes.put("address", "1 Main St, Springfield");
        attributes.put("updated_at", "1767225600");
        attributes.put("custom:team", "blue");
        attributes.put("dev:custom:level", "7");
        return attributes;
    }

    static Map<String, Object> payload(String jwt) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>(SignedJWT.parse(jwt).getJWTClaimsSet().toJSONObject());
        assertThat((String) claims.remove("jti")).matches(UUID_PATTERN);
        return claims;
    }

    static String rawPayload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    SigningPublicKey poolKey(TokenUse use) {
        return cognito.pool.signingKey(use).orElseThrow().publicKey();
    }

    @Nested
    @DisplayName("when tokens are issued for a sign-in")
    class Issuing {

        final AppClientView client = cognito.defaultClient();
        final IssuedTokens tokens = cognito.issuer().issue(cognito.grant(client, jane));

        @Test
        @DisplayName("the ID token carries Cognito's claims and every attribute the client may read, typed as Cognito types them")
        void idTokenClaims() throws Exception {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("sub", SUB);
            expected.put("email", "jane@example.com");
            expected.put("email_verified", true);
            expected.put("phone_number", "+15555550100");
            expected.put("phone_number_verified", false);
            expected.put("given_name", "Jane");
            expected.put("address", Map.of("formatted", "1 Main St, Springfield"));
            expected.put("updated_at", 1767225600L);
            expected.put("custom:team", "blue");
            expected.put("iss", issuer);
            expected.put("cognito:username", "Jane");
            expected.put("origin_jti", "origin-1");
            expected.put("aud", client.clientId());
            expected.put("event_id", "event-1");
            expected.put("token_use", "id");
            expected.put("auth_time", AUTH_TIME);
            expected.put("exp", IAT + 3600);
            expected.put("iat", IAT);

            assertThat(payload(tokens.idToken())).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(rawPayload(tokens.idToken())).contains("\"aud\":\"" + client.clientId() + "\"");
        }

        @Test
        @DisplayName("the access token carries exactly Cognito's claims for the sign-in API")
        void accessTokenClaims() throws Exception {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("sub", SUB);
            expected.put("iss", issuer);
            expected.put("client_id", client.clientId());
            expected.put("origin_jti", "origin-1");
            expected.put("event_id", "event-1");
            expected.put("token_use", "access");
            expected.put("scope", "aws.cognito.signin.user.admin");
            expected.put("auth_time", AUTH_TIME);
            expected.put("exp", IAT + 3600);
            expected.put("iat", IAT);
            expected.put("username", "Jane");

            assertThat(payload(tokens.accessToken())).containsExactlyInAnyOrderEntriesOf(expected);
        }

        @Test
        @DisplayName("each token is signed RS256 by the pool's key for its kind, named only by kid and alg")
        void signedWithPoolKeys() throws Exception {
            SignedJWT id = SignedJWT.parse(tokens.idToken());
            SignedJWT access = SignedJWT.parse(tokens.accessToken());

            assertThat(id.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid")
                    .containsEntry("alg", "RS256").containsEntry("kid", poolKey(TokenUse.ID).kid());
            assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(access.getHeader().getKeyID()).isEqualTo(poolKey(TokenUse.ACCESS).kid())
                    .isNotEqualTo(id.getHeader().getKeyID());
            assertThat(id.verify(verifier(poolKey(TokenUse.ID)))).isTrue();
            assertThat(access.verify(verifier(poolKey(TokenUse.ACCESS)))).isTrue();
            assertThat(access.verify(verifier(poolKey(TokenUse.ID)))).isFalse();
            assertThat(cognito.runtime.query(new GetSigningKeysQuery(cognito.pool.id())).keys())
                    .containsExactly(poolKey(TokenUse.ID), poolKey(TokenUse.ACCESS));
        }

        @Test
        @DisplayName("the result is a Bearer token pair that expires with the access token, and an opaque refresh token")
        void resultAndRefreshToken() throws Exception {
            IssuedRefreshToken refresh = tokens.refreshToken().orElseThrow();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(refresh.token().getBytes(StandardCharsets.UTF_8));

            assertThat(tokens.tokenType()).isEqualTo("Bearer");
            assertThat(tokens.expiresIn()).isEqualTo(3600);
            assertThat(refresh.token()).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(refresh.token())).hasSize(32);
            assertThat(refresh.tokenId()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(hash))
                    .isEqualTo(TokenIssuer.refreshTokenId(refresh.token()));
            assertThat(refresh.expiresAt()).isEqualTo(T0.plusSeconds(30 * 24 * 3600));
            assertThat(refresh.toString()).doesNotContain(refresh.token()).contains(refresh.tokenId());
            assertThat(tokens.toString()).doesNotContain(tokens.idToken(), tokens.accessToken(), refresh.token());
        }

        @Test
        @DisplayName("every issue draws new token ids and a new refresh token")
        void freshIds() throws Exception {
            IssuedTokens again = cognito.issuer().issue(cognito.grant(client, jane));

            assertThat(SignedJWT.parse(again.accessToken()).getJWTClaimsSet().getJWTID())
                    .isNotEqualTo(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getJWTID())
                    .isNotEqualTo(SignedJWT.parse(again.idToken()).getJWTClaimsSet().getJWTID());
            assertThat(again.refreshToken().orElseThrow().token())
                    .isNotEqualTo(tokens.refreshToken().orElseThrow().token());
        }

        @Test
        @DisplayName("refreshing issues ID and access tokens without a new refresh token")
        void withoutRefreshToken() throws Exception {
            IssuedTokens refreshed = cognito.issuer().issueWithoutRefreshToken(cognito.grant(client, jane));

            assertThat(refreshed.refreshToken()).isEmpty();
            assertThat(payload(refreshed.accessToken())).containsEntry("origin_jti", "origin-1")
                    .containsEntry("auth_time", AUTH_TIME);
        }
    }

    @Nested
    @DisplayName("when the client sets token validities")
    class Lifetimes {

        @Test
        @DisplayName("each token lives as long as its validity in its unit")
        void perUnit() throws Exception {
            AppClientView client = cognito.client(new TokenValidity(2, "hours"), new TokenValidity(900, "seconds"),
                    new TokenValidity(10, "days"), null);

            IssuedTokens tokens = cognito.issuer().issue(cognito.grant(client, jane));

            assertThat(payload(tokens.idToken())).containsEntry("exp", IAT + 2 * 3600);
            assertThat(payload(tokens.accessToken())).containsEntry("exp", IAT + 900);
            assertThat(tokens.expiresIn()).isEqualTo(900);
            assertThat(tokens.refreshToken().orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(10 * 24 * 3600));
        }

        @Test
        @DisplayName("minutes count as minutes and fractions of a second of the clock are dropped")
        void minutes() throws Exception {
            AppClientView client = cognito.client(new TokenValidity(5, "minutes"), new TokenValidity(1, "days"),
                    new TokenValidity(60, "minutes"), null);
            cognito.clock.advance(Duration.ofMillis(999));

            IssuedTokens tokens = cognito.issuer().issue(cognito.grant(client, jane));

            assertThat(payload(tokens.idToken())).containsEntry("iat", IAT).containsEntry("exp", IAT + 300);
            assertThat(tokens.expiresIn()).isEqualTo(24 * 3600);
            assertThat(tokens.refreshToken().orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(3600));
        }
    }

    @Nested
    @DisplayName("when the client may read only some attributes")
    class ReadAttributes {

        @Test
        @DisplayName("the ID token carries only those, besides sub and Cognito's own claims")
        void onlyReadable() throws Exception {
            AppClientView client = cognito.client(new TokenValidity(60, "minutes"),
                    new TokenValidity(60, "minutes"), new TokenValidity(30, "days"),
                    Set.of("email", "email_verified", "custom:team"));

            Map<String, Object> claims = payload(cognito.issuer().issue(cognito.grant(client, jane)).idToken());

            assertThat(claims).containsOnlyKeys("sub", "email", "email_verified", "custom:team", "iss",
                    "cognito:username", "origin_jti", "aud", "event_id", "token_use", "auth_time", "exp", "iat");
        }
    }

    @Nested
    @DisplayName("when the pool is gone")
    class DeletedPool {

        @Test
        @DisplayName("no token is issued")
        void refused() {
            AppClientView client = cognito.defaultClient();
            cognito.runtime.send(new DeleteUserPoolCommand(cognito.pool.id()));

            assertThatThrownBy(() -> cognito.issuer().issue(cognito.grant(client, jane)))
                    .isInstanceOfSatisfying(CognitoException.class, e -> {
                        assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND);
                        assertThat(e.getMessage()).isEqualTo("User pool " + cognito.pool.id() + " does not exist.");
                    });
        }
    }

    static RSASSAVerifier verifier(SigningPublicKey key) throws Exception {
        return new RSASSAVerifier(new RSAKey.Builder(new Base64URL(key.n()), new Base64URL(key.e())).build());
    }
}
