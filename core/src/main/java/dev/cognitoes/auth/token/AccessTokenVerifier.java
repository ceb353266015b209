package dev.cognitoes.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.TokenUse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Checks an access token presented to an operation (GetUser, ChangePassword, GlobalSignOut, ...) as Cognito does:
 * an RS256 signature by the key its header names among the keys of the pool its {@code iss} names, an issuer of
 * this runtime, {@code token_use} {@code access}, and an expiry after the runtime clock's now. Whether the token
 * was revoked is for the caller to check with {@link AccessTokenClaims#originJti()}. Thread-safe.
 */
public final class AccessTokenVerifier {

    /** Cognito's answer to a token that is malformed, forged, altered or not an access token of this service. */
    public static final String INVALID = "Invalid Access Token";
    /** Cognito's answer to a genuine access token past its expiry. */
    public static final String EXPIRED = "Access Token has expired";

    private final SigningKeyRing keys;
    private final IssuerBase issuerBase;
    private final Clock clock;

    public AccessTokenVerifier(SigningKeyRing keys, IssuerBase issuerBase, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the token's claims
     * @throws CognitoException NotAuthorizedException {@value #INVALID} for anything but a genuine access token of
     *                          an existing pool of this runtime, {@value #EXPIRED} for one past its expiry
     */
    public AccessTokenClaims verify(String accessToken) {
        if (accessToken == null) {
            throw invalid();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(accessToken);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw invalid();
            }
            String userPoolId = issuerBase.userPoolIdOf(claims.getIssuer());
            if (userPoolId == null) {
                throw invalid();
            }
            JWSVerifier verifier = keys.verifier(userPoolId, jwt.getHeader().getKeyID()).orElseThrow(
                    AccessTokenVerifier::invalid);
            if (!jwt.verify(verifier) || !TokenUse.ACCESS.claim().equals(claims.getStringClaim("token_use"))) {
                throw invalid();
            }
            Instant expiresAt = instant(claims.getExpirationTime());
            if (!clock.instant().isBefore(expiresAt)) {
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, EXPIRED);
            }
            return new AccessTokenClaims(userPoolId, required(claims.getSubject()),
                    required(claims.getStringClaim("username")), required(claims.getStringClaim("client_id")),
                    required(claims.getStringClaim("origin_jti")), required(claims.getStringClaim("event_id")),
                    required(claims.getJWTID()), scopes(claims.getStringClaim("scope")),
                    Instant.ofEpochSecond(required(claims.getLongClaim("auth_time"))),
                    instant(claims.getIssueTime()), expiresAt);
        } catch (ParseException | JOSEException | IllegalStateException malformed) {
            throw invalid();
        }
    }

    private static List<String> scopes(String scope) {
        return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split(" +"));
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw invalid();
        }
        return value;
    }

    private static Instant instant(Date value) {
        return required(value).toInstant();
    }

    private static CognitoException invalid() {
        return new CognitoException(CognitoError.NOT_AUTHORIZED, INVALID);
    }
}
