package dev.cognitoes.auth.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of Cognito's SRP sign-in, computed the way the published clients compute it, for tests that
 * sign in against cognito-es: make one per attempt, send {@link #srpA()} as {@code SRP_A} of {@code USER_SRP_AUTH},
 * and answer the {@code PASSWORD_VERIFIER} challenge parameters with {@link #respond}.
 */
public final class SrpTestClient {

    private static final int PRIVATE_VALUE_BYTES = 128;
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final String poolIdSuffix;
    private final BigInteger privateValue;
    private final BigInteger publicValue;

    /** A client with a fresh random 1024-bit private value, as amazon-cognito-identity-js draws it. */
    public SrpTestClient(String userPoolId) {
        this(userPoolId, randomPrivateValue());
    }

    /** A client with the given private value {@code a}. */
    public SrpTestClient(String userPoolId, BigInteger privateValue) {
        this.poolIdSuffix = userPoolId.substring(userPoolId.indexOf('_') + 1);
        this.privateValue = Objects.requireNonNull(privateValue, "privateValue");
        this.publicValue = SrpGroup.G.modPow(privateValue, SrpGroup.N);
    }

    /** {@code SRP_A}: hex of {@code A = g^a mod N}, without padding, as the JavaScript client sends it. */
    public String srpA() {
        return publicValue.toString(16);
    }

    /**
     * The {@code ChallengeResponses} of {@code PASSWORD_VERIFIER} signed at {@code now}.
     *
     * @param challengeParameters the challenge parameters {@code SRP_B}, {@code SALT}, {@code SECRET_BLOCK} and
     *                            {@code USER_ID_FOR_SRP}
     * @return {@code USERNAME}, {@code PASSWORD_CLAIM_SECRET_BLOCK}, {@code TIMESTAMP} and
     *         {@code PASSWORD_CLAIM_SIGNATURE}
     */
    public Map<String, String> respond(Map<String, String> challengeParameters, String password, Instant now) {
        return respond(challengeParameters, password, timestamp(now));
    }

    /** The {@code ChallengeResponses} of {@code PASSWORD_VERIFIER} with {@code TIMESTAMP} exactly as given. */
    public Map<String, String> respond(Map<String, String> challengeParameters, String password, String timestamp) {
        String userIdForSrp = required(challengeParameters, "USER_ID_FOR_SRP");
        String secretBlock = required(challengeParameters, "SECRET_BLOCK");
        byte[] key = key(userIdForSrp, password, new BigInteger(required(challengeParameters, "SRP_B"), 16),
                new BigInteger(required(challengeParameters, "SALT"), 16));
        Mac mac = hmac(key);
        mac.update(poolIdSuffix.getBytes(StandardCharsets.UTF_8));
        mac.update(userIdForSrp.getBytes(StandardCharsets.UTF_8));
        mac.update(Base64.getDecoder().decode(secretBlock));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
        return Map.of("USERNAME", userIdForSrp, "PASSWORD_CLAIM_SECRET_BLOCK", secretBlock,
                "TIMESTAMP", timestamp, "PASSWORD_CLAIM_SIGNATURE", signature);
    }

    /** {@code TIMESTAMP} as the clients write it: {@code EEE MMM d HH:mm:ss UTC yyyy}, English, UTC. */
    public static String timestamp(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return String.format("%s %s %d %02d:%02d:%02d UTC %d", WEEKDAYS[utc.getDayOfWeek().getValue() - 1],
                MONTHS[utc.getMonthValue() - 1], utc.getDayOfMonth(), utc.getHour(), utc.getMinute(),
                utc.getSecond(), utc.getYear());
    }

    private byte[] key(String userIdForSrp, String password, BigInteger serverPublic, BigInteger salt) {
        if (serverPublic.mod(SrpGroup.N).signum() == 0) {
            throw new IllegalStateException("B mod N is zero");
        }
        BigInteger u = SrpHex.hashOfHex(SrpHex.padHex(publicValue) + SrpHex.padHex(serverPublic));
        if (u.signum() == 0) {
            throw new IllegalStateException("u is zero");
        }
        String identity = SrpHex.sha256Hex(poolIdSuffix + userIdForSrp + ":" + password);
        BigInteger x = SrpHex.hashOfHex(SrpHex.padHex(salt) + identity);
        BigInteger base = serverPublic.subtract(SrpGroup.K.multiply(SrpGroup.G.modPow(x, SrpGroup.N)))
                .mod(SrpGroup.N);
        BigInteger shared = base.modPow(privateValue.add(u.multiply(x)), SrpGroup.N);
        byte[] prk = hmac(u.toByteArray()).doFinal(shared.toByteArray());
        Mac expand = hmac(prk);
        expand.update("Caldera Derived Key".getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(expand.doFinal(new byte[] {1}), 16);
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the challenge parameters have no " + name);
        }
        return value;
    }

    private static BigInteger randomPrivateValue() {
        byte[] bytes = new byte[PRIVATE_VALUE_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new BigInteger(1, bytes);
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
