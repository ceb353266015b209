package dev.cognitoes.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.TokenUse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mints the tokens of a sign-in as Cognito does: an ID token and an access token, RS256 JWTs signed with the pool's
 * keys (one key per kind, named by {@code kid} in the header), and an opaque refresh token. Lifetimes come from
 * the app client's token validities. Thread-safe.
 *
 * <p>ID token claims: {@code sub}, {@code cognito:groups}, {@code cognito:roles} and {@code cognito:preferred_role}
 * when the user is a member of groups (see {@link GroupClaims}; each claim absent when it would be empty), the
 * user's attributes the client may read ({@code email_verified} and
 * {@code phone_number_verified} as booleans, {@code address} as {@code {"formatted": ..}}, developer-only
 * attributes never), {@code iss}, {@code cognito:username}, {@code origin_jti}, {@code aud} (the client id),
 * {@code event_id}, {@code token_use} {@code id}, {@code auth_time}, {@code exp}, {@code iat}, {@code jti}.
 *
 * <p>Access token claims: {@code sub}, {@code cognito:groups} when the user is a member of groups, {@code iss}, {@code client_id}, {@code origin_jti}, {@code event_id},
 * {@code token_use} {@code access}, {@code scope} {@value #SIGN_IN_SCOPE}, {@code auth_time}, {@code exp},
 * {@code iat}, {@code jti}, {@code username}.
 */
public final class TokenIssuer {

    /** The scope of access tokens issued by the sign-in API (InitiateAuth, RespondToAuthChallenge). */
    public static final String SIGN_IN_SCOPE = "aws.cognito.signin.user.admin";

    static final int REFRESH_TOKEN_BYTES = 32;

    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("email_verified", "phone_number_verified");

    private final SigningKeyRing keys;
    private final IssuerBase issuerBase;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenIssuer(SigningKeyRing keys, IssuerBase issuerBase, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * ID, access and a new refresh token, as a sign-in returns them.
     *
     * @throws dev.cognitoes.shared.CognitoException ResourceNotFoundException when the pool no longer exists
     */
    public IssuedTokens issue(TokenGrant grant) {
        Instant now = now();
        IssuedTokens signed = issueWithoutRefreshToken(grant, now);
        Instant refreshExpiry = now.plus(grant.client().settings().refreshTokenValidity().duration());
        return new IssuedTokens(signed.idToken(), signed.accessToken(), Optional.of(refreshToken(refreshExpiry)),
                signed.expiresIn(), signed.tokenType());
    }

    /**
     * ID and access tokens without a refresh token, as refreshing with a refresh token returns them.
     *
     * @throws dev.cognitoes.shared.CognitoException ResourceNotFoundException when the pool no longer exists
     */
    public IssuedTokens issueWithoutRefreshToken(TokenGrant grant) {
        return issueWithoutRefreshToken(grant, now());
    }

    /**
     * The id under which a refresh token is stored and revoked: base64url (no padding) of its SHA-256. A refresh
     * token has 256 random bits, so the id reveals nothing of it.
     */
    public static String refreshTokenId(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }

    private IssuedTokens issueWithoutRefreshToken(TokenGrant grant, Instant now) {
        AppClientSettings settings = grant.client().settings();
        Duration accessLifetime = settings.accessTokenValidity().duration();
        SigningKeyRing.PoolSigners signers = keys.signers(grant.userPoolId());
        String idToken = sign(signers.of(TokenUse.ID), grant.userPoolId(),
                idClaims(grant, now, now.plus(settings.idTokenValidity().duration())));
        String accessToken = sign(signers.of(TokenUse.ACCESS), grant.userPoolId(),
                accessClaims(grant, now, now.plus(accessLifetime)));
        return new IssuedTokens(idToken, accessToken, Optional.empty(), accessLifetime.toSeconds(),
                IssuedTokens.BEARER);
    }

    private JWTClaimsSet idClaims(TokenGrant grant, Instant now, Instant expiry) {
        UserView user = grant.user();
        Set<String> readable = grant.client().settings().readAttributes();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.sub());
        GroupClaims groups = GroupClaims.of(grant.groups());
        if (!groups.groupNames().isEmpty()) {
            claims.claim("cognito:groups", groups.groupNames());
        }
        if (!groups.roleArns().isEmpty()) {
            claims.claim("cognito:roles", groups.roleArns());
        }
        groups.preferredRole().ifPresent(role -> claims.claim("cognito:preferred_role", role));
        for (Map.Entry<String, String> attribute : user.attributes().entrySet()) {
            String name = attribute.getKey();
            if (name.equals("sub") || name.startsWith("dev:") || (readable != null && !readable.contains(name))) {
                continue;
            }
            claims.claim(name, claimValue(name, attribute.getValue()));
        }
        return claims
                .issuer(issuerBase.issuer(grant.userPoolId()))
                .claim("cognito:username", user.username())
                .claim("origin_jti", grant.originJti())
                .audience(grant.client().clientId())
                .claim("event_id", grant.eventId())
                .claim("token_use", TokenUse.ID.claim())
                .claim("auth_time", grant.authTime().getEpochSecond())
                .expirationTime(Date.from(expiry))
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private JWTClaimsSet accessClaims(TokenGrant grant, Instant now, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(grant.user().sub());
        List<String> groupNames = GroupClaims.of(grant.groups()).groupNames();
        if (!groupNames.isEmpty()) {
            claims.claim("cognito:groups", groupNames);
        }
        return claims
                .issuer(issuerBase.issuer(grant.userPoolId()))
                .claim("client_id", grant.client().clientId())
                .claim("origin_jti", grant.originJti())
                .claim("event_id", grant.eventId())
                .claim("token_use", TokenUse.ACCESS.claim())
                .claim("scope", SIGN_IN_SCOPE)
                .claim("auth_time", grant.authTime().getEpochSecond())
                .expirationTime(Date.from(expiry))
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString())
                .claim("username", grant.user().username())
                .build();
    }

    private static Object claimValue(String name, String value) {
        if (BOOLEAN_ATTRIBUTES.contains(name)) {
            return Boolean.parseBoolean(value);
        }
        if (name.equals("address")) {
            return Map.of("formatted", value);
        }
        if (name.equals("updated_at")) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
        return value;
    }

    private static String sign(SigningKeyRing.ActiveKey key, String userPoolId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).build(), claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with the key " + key.kid() + " of " + userPoolId + " failed", e);
        }
        return jwt.serialize();
    }

    private IssuedRefreshToken refreshToken(Instant expiry) {
        byte[] bytes = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedRefreshToken(token, refreshTokenId(token), expiry);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
