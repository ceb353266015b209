package dev.cognitoes.shared;

import dev.cognitoes.auth.KeyDerivation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Page tokens signed with HMAC-SHA256: {@code base64url(position | mac)}, where the mac covers the list name and
 * the position. The list name is not in the token, so a token reveals where the next page starts and nothing else;
 * a token changed in any bit, cut short, or presented to another list is refused.
 *
 * <p>The signing key is derived from the runtime's master key for this purpose alone, so it signs nothing else and
 * a token never exposes the master key.
 */
public final class HmacPageTokens implements PageTokens {

    static final String INVALID_TOKEN = "Paging marker is invalid for this request.";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_LENGTH = 32;

    private final SecretKey signingKey;

    /** @param masterKey the storage module's master key; it is used once, to derive the signing key */
    public HmacPageTokens(SecretKey masterKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        this.signingKey = KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.PAGE_TOKENS, ALGORITHM);
    }

    @Override
    public String issue(String listName, String position) {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(position, "position");
        byte[] positionBytes = position.getBytes(StandardCharsets.UTF_8);
        byte[] mac = sign(listName, positionBytes);
        byte[] token = Arrays.copyOf(positionBytes, positionBytes.length + MAC_LENGTH);
        System.arraycopy(mac, 0, token, positionBytes.length, MAC_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    @Override
    public String open(String listName, String token) {
        Objects.requireNonNull(listName, "listName");
        if (token == null) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64Url) {
            throw invalid();
        }
        if (bytes.length < MAC_LENGTH) {
            throw invalid();
        }
        byte[] positionBytes = Arrays.copyOf(bytes, bytes.length - MAC_LENGTH);
        byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_LENGTH, bytes.length);
        if (!MessageDigest.isEqual(mac, sign(listName, positionBytes))) {
            throw invalid();
        }
        return new String(positionBytes, StandardCharsets.UTF_8);
    }

    private byte[] sign(String listName, byte[] positionBytes) {
        byte[] name = listName.getBytes(StandardCharsets.UTF_8);
        byte[] message = ByteBuffer.allocate(Integer.BYTES + name.length + positionBytes.length)
                .putInt(name.length)
                .put(name)
                .put(positionBytes)
                .array();
        return hmac(signingKey, message);
    }

    private static byte[] hmac(SecretKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable for this key", e);
        }
    }

    private static CognitoException invalid() {
        return new CognitoException(CognitoError.INVALID_PARAMETER, INVALID_TOKEN);
    }
}
