package dev.cognitoes.user;

import dev.cognitoes.auth.KeyDerivation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a few strings into one opaque, tamper-evident text (AES-256-GCM under a subkey of the master key kept for
 * one purpose, base64url), and opens it again: what the server hands out and must recognise later without storing
 * it, such as a challenge session or a refresh token. Thread-safe.
 */
final class SignInSeal {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_SEALED_CHARS = 4096;
    private static final String AES_GCM = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final byte[] associatedData;
    private final SecureRandom random = new SecureRandom();

    SignInSeal(SecretKey masterKey, KeyDerivation.Purpose purpose) {
        this.key = KeyDerivation.subkey(masterKey, purpose, "AES");
        this.associatedData = purpose.label().getBytes(StandardCharsets.UTF_8);
    }

    String seal(List<String> fields) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(encode(fields));
            byte[] out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed)
                    .array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot seal with " + AES_GCM, e);
        }
    }

    /** The fields sealed into {@code text}; empty when it was not sealed by this seal, or was altered. */
    Optional<List<String>> open(String text) {
        if (text == null || text.length() > MAX_SEALED_CHARS) {
            return Optional.empty();
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (in.length < 1 + NONCE_BYTES + TAG_BITS / 8 || in[0] != VERSION) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return Optional.of(decode(cipher.doFinal(in, 1 + NONCE_BYTES, in.length - 1 - NONCE_BYTES)));
        } catch (AEADBadTagException alteredOrForeign) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot open with " + AES_GCM, e);
        }
    }

    private static byte[] encode(List<String> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(fields.size());
            for (String field : fields) {
                out.writeUTF(field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int count = in.readUnsignedByte();
            List<String> fields = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                fields.add(in.readUTF());
            }
            return fields;
        } catch (IOException e) {
            throw new IllegalStateException("a sealed value of this runtime cannot be read", e);
        }
    }
}
