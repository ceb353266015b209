package dev.cognitoes.auth.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Makes and checks verifiers exactly as Cognito's client libraries derive the SRP password key, so a user whose
 * password was set here signs in with {@code USER_SRP_AUTH} from any AWS client:
 * <ul>
 *   <li>salt: 16 random bytes, carried as {@code padHex(salt)};</li>
 *   <li>{@code x = SHA256(bytes(padHex(salt) + hex(SHA256(utf8(poolIdSuffix + username + ":" + password)))))},
 *       where {@code poolIdSuffix} is the pool id after its underscore;</li>
 *   <li>{@code v = g^x mod N} over {@link SrpGroup}, carried as {@code padHex(v)}.</li>
 * </ul>
 * Thread-safe.
 */
public final class CognitoPasswordVerifierFactory implements PasswordVerifierFactory, PasswordChecker {

    static final int SALT_BYTES = 16;

    private final SecureRandom random;

    public CognitoPasswordVerifierFactory() {
        this(new SecureRandom());
    }

    CognitoPasswordVerifierFactory(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @throws IllegalArgumentException when {@code userPoolId} is not of the form {@code <region>_<id>}
     */
    @Override
    public PasswordVerifier create(String userPoolId, String srpUsername, String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return create(userPoolId, srpUsername, password, salt);
    }

    PasswordVerifier create(String userPoolId, String srpUsername, String password, byte[] salt) {
        String saltHex = SrpHex.padHex(new BigInteger(1, salt));
        BigInteger verifier = verifier(poolIdSuffix(userPoolId), srpUsername, password, saltHex);
        return new PasswordVerifier(saltHex, SrpHex.padHex(verifier));
    }

    /**
     * @throws IllegalArgumentException when {@code userPoolId} is not of the form {@code <region>_<id>}, or the
     *                                  stored verifier is not hex
     */
    @Override
    public boolean matches(PasswordVerifier verifier, String userPoolId, String srpUsername, String password) {
        Objects.requireNonNull(verifier, "verifier");
        String saltHex = SrpHex.padHex(SrpHex.fromHex(verifier.salt()));
        BigInteger offered = verifier(poolIdSuffix(userPoolId), srpUsername, password, saltHex);
        BigInteger stored = SrpHex.fromHex(verifier.verifier());
        return MessageDigest.isEqual(stored.toByteArray(), offered.toByteArray());
    }

    static BigInteger verifier(String poolIdSuffix, String srpUsername, String password, String saltHex) {
        Objects.requireNonNull(srpUsername, "srpUsername");
        Objects.requireNonNull(password, "password");
        String identityHash = SrpHex.sha256Hex(poolIdSuffix + srpUsername + ":" + password);
        BigInteger x = SrpHex.hashOfHex(saltHex + identityHash);
        return SrpGroup.G.modPow(x, SrpGroup.N);
    }

    static String poolIdSuffix(String userPoolId) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        int underscore = userPoolId.indexOf('_');
        if (underscore < 1 || underscore == userPoolId.length() - 1 || userPoolId.indexOf('_', underscore + 1) >= 0) {
            throw new IllegalArgumentException("userPoolId must have the form <region>_<id>");
        }
        return userPoolId.substring(underscore + 1);
    }
}
