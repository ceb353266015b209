package dev.cognitoes.auth.srp;

import dev.cognitoes.auth.KeyDerivation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Verifiers for users that do not exist, so that an SRP sign-in of an unknown name can be answered with a
 * {@code PASSWORD_VERIFIER} challenge that looks like any other ({@code PreventUserExistenceErrors}). The salt and
 * the verifier are derived from the pool and the name with a subkey of the master key: the same name gets the
 * same salt every time, as a real user would, and no password opens them. Thread-safe.
 */
public final class DecoyPasswordVerifiers {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKey key;
    private final CognitoPasswordVerifierFactory factory = new CognitoPasswordVerifierFactory();

    /** @param masterKey the runtime's master key; the decoy key is derived from it for this purpose alone */
    public DecoyPasswordVerifiers(SecretKey masterKey) {
        this.key = KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.DECOY_SRP_VERIFIER, HMAC_SHA256);
    }

    /**
     * @param userPoolId the full pool id, of the form {@code <region>_<id>}
     * @param name       the name the caller signed in with, as the pool compares names
     * @return the same verifier for the same pool and name, under this runtime's master key
     */
    public PasswordVerifier forUnknownUser(String userPoolId, String name) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(name, "name");
        byte[] derived = mac((userPoolId + "\n" + name).getBytes(StandardCharsets.UTF_8));
        byte[] salt = Arrays.copyOf(derived, CognitoPasswordVerifierFactory.SALT_BYTES);
        String unguessable = HexFormat.of().formatHex(derived, CognitoPasswordVerifierFactory.SALT_BYTES,
                derived.length);
        Arrays.fill(derived, (byte) 0);
        return factory.create(userPoolId, name, unguessable, salt);
    }

    /**
     * A {@code sub}-like identifier for an unknown name, the same every time: what {@code USER_ID_FOR_SRP} shows
     * in pools where users sign in with an email address or phone number and are known by their {@code sub}.
     */
    public String userIdForUnknownUser(String userPoolId, String name) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(name, "name");
        ByteBuffer derived = ByteBuffer.wrap(mac(("user-id\n" + userPoolId + "\n" + name)
                .getBytes(StandardCharsets.UTF_8)));
        long high = derived.getLong() & ~0xF000L | 0x4000L;
        long low = derived.getLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    private byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no " + HMAC_SHA256, e);
        }
    }
}
