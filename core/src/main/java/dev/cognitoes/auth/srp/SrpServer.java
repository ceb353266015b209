package dev.cognitoes.auth.srp;

import dev.cognitoes.auth.KeyDerivation;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of Cognito's SRP-6a sign-in ({@code USER_SRP_AUTH} answered by {@code PASSWORD_VERIFIER}), as
 * Cognito's published clients speak it, over {@link SrpGroup} and the {@link PasswordVerifier} stored for the user.
 *
 * <p>{@link #begin} takes the client's {@code A}, answers {@code B = (k·v + g^b) mod N} with a fresh 256-bit
 * {@code b} and computes the scrambler {@code u = H(padHex(A) | padHex(B))} (drawing {@code b} again should
 * {@code B} or {@code u} be zero). {@link #verify} computes {@code S = (A·v^u)^b mod N}, the 16-byte key
 * {@code HKDF-SHA256(salt = bytes(padHex(u)), ikm = bytes(padHex(S)), info = "Caldera Derived Key")} and the
 * signature {@code HMAC-SHA256(key, poolIdSuffix | userIdForSrp | secretBlock | TIMESTAMP)}, and compares it in
 * constant time with the client's. So a sign-in costs the server three modular exponentiations: {@code g^b} in
 * {@link #begin}, {@code v^u} and {@code (A·v^u)^b} in {@link #verify}.
 *
 * <p>The server keeps no state between the two calls: the time of issue, {@code b}, {@code u} and {@code A} travel
 * inside {@code SECRET_BLOCK}, sealed with AES-256-GCM under a subkey of the master key used for nothing else, with
 * the pool id and {@code USER_ID_FOR_SRP} as associated data. The block is therefore opaque to the client (which
 * must not learn {@code b}), useless without the master key, and refused for any other pool or user. Its first
 * byte names its layout, which is authenticated with the rest; a block of another layout, such as one issued
 * before the layout changed, is refused as unknown. A block is honoured for {@link #SECRET_BLOCK_LIFETIME}; within
 * that time a response can be replayed unless the caller binds the block to a single-use session.
 *
 * <p>{@code TIMESTAMP} is read as {@code EEE MMM d HH:mm:ss z yyyy} in English; the signature is checked over its
 * canonical form (day without leading zero, weekday of the date, {@code UTC}), so a client that signed anything else
 * gets {@link SrpVerification#WRONG_PASSWORD}, as with Cognito. It must lie within {@link #TIMESTAMP_TOLERANCE} of
 * the server's clock: clients sign with their own clock, which may be off.
 *
 * <p>Thread-safe.
 */
public final class SrpServer {

    /** How long a {@code SECRET_BLOCK} is honoured: the longest authentication session an app client may have. */
    public static final Duration SECRET_BLOCK_LIFETIME = Duration.ofMinutes(15);

    /** How far the client's {@code TIMESTAMP} may be from the server's clock, either way. */
    public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(15);

    /** The longest {@code SRP_A} read: twice the bytes of {@code N}, leaving room for leading zeros. */
    public static final int MAX_SRP_A_HEX_DIGITS = 1024;

    static final int PRIVATE_VALUE_BYTES = 32;
    static final int SCRAMBLER_BYTES = 32;
    static final int KEY_BYTES = 16;
    static final byte BLOCK_VERSION = 2;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int ISSUED_AT_BYTES = Long.BYTES;
    private static final int MIN_BLOCK_BYTES =
            1 + NONCE_BYTES + TAG_BITS / 8 + ISSUED_AT_BYTES + PRIVATE_VALUE_BYTES + SCRAMBLER_BYTES + 1;
    private static final int MAX_TIMESTAMP_LENGTH = 64;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final byte[] KEY_INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);
    private static final BigInteger N_MINUS_ONE = SrpGroup.N.subtract(BigInteger.ONE);

    private static final DateTimeFormatter TIMESTAMP_READER = new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM d HH:mm:ss z uuuu")
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT)
            .withResolverFields(ChronoField.YEAR, ChronoField.MONTH_OF_YEAR, ChronoField.DAY_OF_MONTH,
                    ChronoField.HOUR_OF_DAY, ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE);
    private static final DateTimeFormatter TIMESTAMP_WRITER =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' uuuu", Locale.US).withZone(ZoneOffset.UTC);

    private final SecretKey blockKey;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * @param masterKey the runtime's master key; the secret block key is derived from it for this purpose alone
     * @param clock     the clock secret blocks are dated and timestamps are judged by
     */
    public SrpServer(SecretKey masterKey, Clock clock) {
        this(masterKey, clock, new SecureRandom());
    }

    SrpServer(SecretKey masterKey, Clock clock, SecureRandom random) {
        this.blockKey = KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.SRP_SECRET_BLOCK, "AES");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Answers {@code InitiateAuth} with {@code USER_SRP_AUTH}.
     *
     * @param userPoolId   the full pool id the verifier was made for
     * @param userIdForSrp the name the verifier was made for; returned as {@code USER_ID_FOR_SRP}
     * @param verifier     the user's stored verifier
     * @param srpA         {@code SRP_A} as the client sent it
     * @return the {@code PASSWORD_VERIFIER} challenge parameters
     * @throws InvalidSrpAException     when {@code SRP_A} is not hex or not a usable group element
     * @throws IllegalArgumentException when {@code userPoolId} is not of the form {@code <region>_<id>} or the
     *                                  stored verifier is not an element of the group
     */
    public SrpChallenge begin(String userPoolId, String userIdForSrp, PasswordVerifier verifier, String srpA) {
        CognitoPasswordVerifierFactory.poolIdSuffix(userPoolId);
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
        Objects.requireNonNull(verifier, "verifier");
        BigInteger clientPublic = clientPublicValue(srpA);
        BigInteger v = verifierValue(verifier);
        byte[] privateValue = new byte[PRIVATE_VALUE_BYTES];
        while (true) {
            random.nextBytes(privateValue);
            BigInteger serverPrivate = new BigInteger(1, privateValue);
            if (serverPrivate.signum() == 0) {
                continue;
            }
            BigInteger serverPublic = serverPublicValue(v, serverPrivate);
            if (serverPublic.signum() == 0) {
                continue;
            }
            BigInteger u = scrambler(clientPublic, serverPublic);
            if (u.signum() == 0) {
                continue;
            }
            String secretBlock = seal(userPoolId, userIdForSrp, clock.instant(), privateValue, u, clientPublic);
            Arrays.fill(privateValue, (byte) 0);
            return new SrpChallenge(SrpHex.hex(serverPublic), verifier.salt(), secretBlock, userIdForSrp);
        }
    }

    /**
     * Checks the answer to {@code PASSWORD_VERIFIER}.
     *
     * @param userPoolId   the full pool id the challenge was issued for
     * @param userIdForSrp the {@code USER_ID_FOR_SRP} the challenge was issued for
     * @param verifier     the user's stored verifier, the same as when the challenge was issued
     * @param response     what the client sent
     * @return {@link SrpVerification#VERIFIED} when the client proved it knows the password, otherwise why not
     * @throws IllegalArgumentException when {@code userPoolId} is not of the form {@code <region>_<id>} or the
     *                                  stored verifier is not an element of the group
     */
    public SrpVerification verify(String userPoolId, String userIdForSrp, PasswordVerifier verifier,
            SrpResponse response) {
        return verify(userPoolId, userIdForSrp, verifier, response, SECRET_BLOCK_LIFETIME);
    }

    /**
     * Checks the answer to {@code PASSWORD_VERIFIER} as {@link #verify(String, String, PasswordVerifier,
     * SrpResponse)} does, honouring the secret block only for {@code lifetime}: an app client's authentication
     * session validity.
     *
     * @param lifetime how long after its issue the secret block is honoured, at most
     *                 {@link #SECRET_BLOCK_LIFETIME}
     * @throws IllegalArgumentException when {@code lifetime} is not positive or longer than
     *                                  {@link #SECRET_BLOCK_LIFETIME}, or as the four-argument form
     */
    public SrpVerification verify(String userPoolId, String userIdForSrp, PasswordVerifier verifier,
            SrpResponse response, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(SECRET_BLOCK_LIFETIME) > 0) {
            throw new IllegalArgumentException("lifetime must be positive and at most " + SECRET_BLOCK_LIFETIME);
        }
        String poolIdSuffix = CognitoPasswordVerifierFactory.poolIdSuffix(userPoolId);
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
        Objects.requireNonNull(response, "response");
        BigInteger v = verifierValue(verifier);
        Optional<byte[]> secretBlock = base64(response.secretBlock());
        Optional<Exchange> exchange = secretBlock.flatMap(block -> open(userPoolId, userIdForSrp, block));
        if (exchange.isEmpty()) {
            return SrpVerification.UNKNOWN_SECRET_BLOCK;
        }
        Instant now = clock.instant();
        if (now.isAfter(exchange.get().issuedAt().plus(lifetime))) {
            return SrpVerification.EXPIRED_SECRET_BLOCK;
        }
        Optional<Instant> signedAt = readTimestamp(response.timestamp());
        if (signedAt.isEmpty()) {
            return SrpVerification.MALFORMED_TIMESTAMP;
        }
        if (Duration.between(signedAt.get(), now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            return SrpVerification.TIMESTAMP_OUT_OF_RANGE;
        }
        Optional<byte[]> offered = base64(response.signature());
        if (offered.isEmpty()) {
            return SrpVerification.WRONG_PASSWORD;
        }
        byte[] key = sessionKey(exchange.get(), v);
        byte[] expected = signature(key, poolIdSuffix, userIdForSrp, secretBlock.get(),
                writeTimestamp(signedAt.get()));
        Arrays.fill(key, (byte) 0);
        return MessageDigest.isEqual(expected, offered.get())
                ? SrpVerification.VERIFIED
                : SrpVerification.WRONG_PASSWORD;
    }

    /**
     * The 16-byte key both sides derive from the shared secret: HKDF-SHA256 with {@code bytes(padHex(u))} as salt,
     * {@code bytes(padHex(S))} as input key material, {@code "Caldera Derived Key"} as info, one output block cut
     * to 16 bytes.
     */
    static byte[] passwordAuthenticationKey(BigInteger sharedSecret, BigInteger u) {
        Mac mac = hmac(u.toByteArray());
        byte[] prk = mac.doFinal(sharedSecret.toByteArray());
        Mac expand = hmac(prk);
        Arrays.fill(prk, (byte) 0);
        expand.update(KEY_INFO);
        expand.update((byte) 1);
        byte[] block = expand.doFinal();
        byte[] key = Arrays.copyOf(block, KEY_BYTES);
        Arrays.fill(block, (byte) 0);
        return key;
    }

    /** {@code HMAC-SHA256(key, utf8(poolIdSuffix) | utf8(userIdForSrp) | secretBlock | utf8(timestamp))}. */
    static byte[] signature(byte[] key, String poolIdSuffix, String userIdForSrp, byte[] secretBlock,
            String timestamp) {
        Mac mac = hmac(key);
        mac.update(poolIdSuffix.getBytes(StandardCharsets.UTF_8));
        mac.update(userIdForSrp.getBytes(StandardCharsets.UTF_8));
        mac.update(secretBlock);
        return mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code u = H(padHex(A) | padHex(B))}. */
    static BigInteger scrambler(BigInteger clientPublic, BigInteger serverPublic) {
        return SrpHex.hashOfPadded(clientPublic, serverPublic);
    }

    private static BigInteger serverPublicValue(BigInteger v, BigInteger serverPrivate) {
        return SrpGroup.K.multiply(v).add(SrpGroup.G.modPow(serverPrivate, SrpGroup.N)).mod(SrpGroup.N);
    }

    private static byte[] sessionKey(Exchange exchange, BigInteger v) {
        BigInteger shared = exchange.clientPublic().multiply(v.modPow(exchange.scrambler(), SrpGroup.N))
                .mod(SrpGroup.N).modPow(exchange.serverPrivate(), SrpGroup.N);
        return passwordAuthenticationKey(shared, exchange.scrambler());
    }

    private static BigInteger clientPublicValue(String srpA) {
        if (srpA == null || srpA.length() > MAX_SRP_A_HEX_DIGITS) {
            throw new InvalidSrpAException(InvalidSrpAException.Defect.NOT_HEX);
        }
        BigInteger a;
        try {
            a = SrpHex.fromHex(srpA);
        } catch (IllegalArgumentException notHex) {
            throw new InvalidSrpAException(InvalidSrpAException.Defect.NOT_HEX);
        }
        if (!insideGroup(a)) {
            throw new InvalidSrpAException(InvalidSrpAException.Defect.OUTSIDE_GROUP);
        }
        return a;
    }

    private static boolean insideGroup(BigInteger value) {
        return value.compareTo(BigInteger.ONE) > 0 && value.compareTo(N_MINUS_ONE) < 0;
    }

    private static BigInteger verifierValue(PasswordVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        BigInteger v = SrpHex.fromHex(verifier.verifier());
        if (v.signum() == 0 || v.compareTo(SrpGroup.N) >= 0) {
            throw new IllegalArgumentException("the stored verifier is not an element of the SRP group");
        }
        return v;
    }

    private String seal(String userPoolId, String userIdForSrp, Instant issuedAt, byte[] serverPrivate,
            BigInteger scrambler, BigInteger clientPublic) {
        byte[] scramblerBytes = unsigned(scrambler);
        byte[] clientPublicBytes = unsigned(clientPublic);
        ByteBuffer plain = ByteBuffer.allocate(ISSUED_AT_BYTES + serverPrivate.length + SCRAMBLER_BYTES
                        + clientPublicBytes.length)
                .putLong(issuedAt.toEpochMilli()).put(serverPrivate)
                .put(new byte[SCRAMBLER_BYTES - scramblerBytes.length]).put(scramblerBytes).put(clientPublicBytes);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, blockKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(userPoolId, userIdForSrp));
            byte[] sealed = cipher.doFinal(plain.array());
            Arrays.fill(plain.array(), (byte) 0);
            ByteBuffer block = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(BLOCK_VERSION).put(nonce).put(sealed);
            return Base64.getEncoder().encodeToString(block.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot seal with " + AES_GCM, e);
        }
    }

    private Optional<Exchange> open(String userPoolId, String userIdForSrp, byte[] block) {
        if (block.length < MIN_BLOCK_BYTES || block[0] != BLOCK_VERSION) {
            return Optional.empty();
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, blockKey, new GCMParameterSpec(TAG_BITS, block, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(userPoolId, userIdForSrp));
            plain = cipher.doFinal(block, 1 + NONCE_BYTES, block.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException alteredOrForeign) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot open with " + AES_GCM, e);
        }
        ByteBuffer fields = ByteBuffer.wrap(plain);
        Instant issuedAt = Instant.ofEpochMilli(fields.getLong());
        byte[] serverPrivate = new byte[PRIVATE_VALUE_BYTES];
        fields.get(serverPrivate);
        byte[] scrambler = new byte[SCRAMBLER_BYTES];
        fields.get(scrambler);
        byte[] clientPublic = new byte[fields.remaining()];
        fields.get(clientPublic);
        Arrays.fill(plain, (byte) 0);
        Exchange exchange = new Exchange(issuedAt, new BigInteger(1, serverPrivate), new BigInteger(1, scrambler),
                new BigInteger(1, clientPublic));
        Arrays.fill(serverPrivate, (byte) 0);
        return insideGroup(exchange.clientPublic()) && exchange.scrambler().signum() != 0
                ? Optional.of(exchange) : Optional.empty();
    }

    private static byte[] associatedData(String userPoolId, String userIdForSrp) {
        byte[] pool = userPoolId.getBytes(StandardCharsets.UTF_8);
        byte[] user = userIdForSrp.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 2 * Integer.BYTES + pool.length + user.length)
                .put(BLOCK_VERSION)
                .putInt(pool.length).put(pool)
                .putInt(user.length).put(user)
                .array();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static Optional<byte[]> base64(String text) {
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static Optional<Instant> readTimestamp(String timestamp) {
        if (timestamp.length() > MAX_TIMESTAMP_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.from(TIMESTAMP_READER.parse(timestamp)).toInstant());
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    static String writeTimestamp(Instant instant) {
        return TIMESTAMP_WRITER.format(instant);
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no " + HMAC_SHA256, e);
        }
    }

    private record Exchange(Instant issuedAt, BigInteger serverPrivate, BigInteger scrambler, BigInteger clientPublic) {
    }
}
