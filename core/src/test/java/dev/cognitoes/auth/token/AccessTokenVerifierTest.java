package dev.cognitoes.auth.token;

import static dev.cognitoes.auth.token.TokenFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UserPoolView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {

    final TokenFixture cognito = new TokenFixture();
    final AppClientView client = cognito.client(new TokenValidity(60, "minutes"), new TokenValidity(15, "minutes"),
            new TokenValidity(30, "days"), null);
    final IssuedTokens tokens = cognito.issuer().issue(cognito.grant(client,
            cognito.user(Map.of("sub", TokenFixture.SUB, "email", "jane@example.com"))));

    @AfterEach
    void stop() {
        cognito.close();
    }

    static void refusedAs(String message, ThrowingCallable verification) {
        assertThatThrownBy(verification).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(CognitoError.NOT_AUTHORIZED);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    void invalid(String token) {
        refusedAs("Invalid Access Token", () -> cognito.verifier().verify(token));
    }

    static String signed(JWTClaimsSet claims, String kid, int keyPair) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(FixedSigningKeys.pair(keyPair).getPrivate()));
        return jwt.serialize();
    }

    JWTClaimsSet claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    String accessKid(UserPoolView pool) {
        return pool.signingKey(TokenUse.ACCESS).orElseThrow().kid();
    }

    @Nested
    @DisplayName("when the token is a genuine, unexpired access token")
    class Valid {

        @Test
        @DisplayName("its claims are returned, the pool taken from its issuer")
        void claimsReturned() {
            AccessTokenClaims claims = cognito.verifier().verify(tokens.accessToken());

            assertThat(claims.userPoolId()).isEqualTo(cognito.pool.id());
            assertThat(claims.sub()).isEqualTo(TokenFixture.SUB);
            assertThat(claims.username()).isEqualTo("Jane");
            assertThat(claims.clientId()).isEqualTo(client.clientId());
            assertThat(claims.originJti()).isEqualTo("origin-1");
            assertThat(claims.eventId()).isEqualTo("event-1");
            assertThat(claims.jti()).matches(TokenIssuerTest.UUID_PATTERN);
            assertThat(claims.scopes()).containsExactly("aws.cognito.signin.user.admin");
            assertThat(claims.authTime()).isEqualTo(T0.minusSeconds(30));
            assertThat(claims.issuedAt()).isEqualTo(T0);
            assertThat(claims.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        }

        @Test
        @DisplayName("it is accepted until the last second before its expiry")
        void lastSecond() {
            cognito.clock.advance(Duration.ofMinutes(15).minusMillis(1));

            assertThat(cognito.verifier().verify(tokens.accessToken()).sub()).isEqualTo(TokenFixture.SUB);
        }

        @Test
        @DisplayName("a token of another pool of the runtime verifies as that pool's")
        void otherPool() {
            UserPoolView other = cognito.anotherPool();
            AppClientView otherClient = cognito.runtime.send(new CreateUserPoolClientCommand(
                    other.id(), AppClientSettings.defaults("web"), false, null));
            IssuedTokens otherTokens = cognito.issuer().issue(new TokenGrant(otherClient,
                    new UserView(other.id(), "kim", "sub-kim", Map.of(),
                            UserStatus.CONFIRMED, true, T0, T0), T0, "o", "e"));

            assertThat(cognito.verifier().verify(otherTokens.accessToken()).userPoolId()).isEqualTo(other.id());
        }
    }

    @Nested
    @DisplayName("when the token has expired")
    class Expired {

        @Test
        @DisplayName("it is refused as expired from its expiry on")
        void expired() {
            cognito.clock.advance(Duration.ofMinutes(15));

            refusedAs("Access Token has expired", () -> cognito.verifier().verify(tokens.accessToken()));
        }

        @Test
        @DisplayName("a forged token is invalid, not expired, even when its expiry has passed")
        void forgedAndExpired() throws Exception {
            cognito.clock.advance(Duration.ofDays(1));
            String forged = signed(claims(tokens.accessToken()), accessKid(cognito.pool), 4);

            invalid(forged);
        }
    }

    @Nested
    @DisplayName("when the token is not a genuine access token of the pool it names")
    class Invalid {

        @Test
        @DisplayName("a kid the pool does not have is refused")
        void unknownKid() throws Exception {
            invalid(signed(claims(tokens.accessToken()), "unknown-kid", 1));
        }

        @Test
        @DisplayName("a kid of another pool, with this pool as issuer, is refused")
        void otherPoolsKey() throws Exception {
            UserPoolView other = cognito.anotherPool();

            invalid(signed(claims(tokens.accessToken()), accessKid(other), 3));
        }

        @Test
        @DisplayName("another pool's genuine token presented with this pool as issuer is refused")
        void otherIssuer() throws Exception {
            UserPoolView other = cognito.anotherPool();
            JWTClaimsSet moved = new JWTClaimsSet.Builder(claims(tokens.accessToken()))
                    .issuer(cognito.runtime.issuerBase().issuer(other.id())).build();

            invalid(signed(moved, accessKid(cognito.pool), 1));
        }

        @Test
        @DisplayName("a token whose claims were altered after signing is refused")
        void tampered() {
            String[] parts = tokens.accessToken().split("\\.");
            String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                    .replace("\"Jane\"", "\"Admin\"");

            invalid(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);
        }

        @Test
        @DisplayName("an ID token is refused, though signed by the pool")
        void idToken() {
            invalid(tokens.idToken());
        }

        @Test
        @DisplayName("a token of another issuer base is refused")
        void foreignIssuerBase() throws Exception {
            JWTClaimsSet foreign = new JWTClaimsSet.Builder(claims(tokens.accessToken()))
                    .issuer("https://cognito-idp.eu-west-1.amazonaws.com/" + cognito.pool.id()).build();

            invalid(signed(foreign, accessKid(cognito.pool), 1));
        }

        @Test
        @DisplayName("unsigned, HMAC-signed and malformed tokens are refused")
        void notRs256() throws Exception {
            JWTClaimsSet claims = claims(tokens.accessToken());
            SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(accessKid(cognito.pool))
                    .build(), claims);
            hmac.sign(new MACSigner(new byte[32]));

            for (String token : List.of(new PlainJWT(claims).serialize(), hmac.serialize(), "not-a-token", "",
                    "a.b.c")) {
                invalid(token);
            }
            invalid(null);
        }

        @Test
        @DisplayName("a token of a deleted pool is refused")
        void deletedPool() {
            cognito.runtime.send(new DeleteUserPoolCommand(cognito.pool.id()));

            invalid(tokens.accessToken());
        }
    }
}
