package dev.cognitoes.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code SecretHash} / {@code SECRET_HASH} an app client with a secret must send:
 * {@code Base64(HMAC-SHA256(key = utf8(clientSecret), message = utf8(username + clientId)))}.
 */
public final class SecretHash {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private SecretHash() {
    }

    /** The secret hash a client computes for {@code username} with this client's id and secret. */
    public static String compute(String clientSecret, String username, String clientId) {
        return Base64.getEncoder().encodeToString(mac(clientSecret, username, clientId));
    }

    /**
     * @param offered the secret hash the caller sent; {@code null} does not match
     * @return whether {@code offered} is exactly the secret hash of {@code username} for this client; the
     *         comparison takes the same time wherever the two differ
     */
    public static boolean matches(String clientSecret, String username, String clientId, String offered) {
        byte[] expected = compute(clientSecret, username, clientId).getBytes(StandardCharsets.UTF_8);
        if (offered == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, offered.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(String clientSecret, String username, String clientId) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clientId, "clientId");
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            return mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no " + HMAC_SHA256, e);
        }
    }
}
