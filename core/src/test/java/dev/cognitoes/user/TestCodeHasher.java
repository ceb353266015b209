package dev.cognitoes.user;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.auth.code.CodeHasher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A deterministic keyed code hash for tests: HMAC-SHA256 under a fixed key and salt. */
final class TestCodeHasher implements CodeHasher {

    static final String SALT = Base64.getEncoder().encodeToString("test-salt".getBytes(StandardCharsets.UTF_8));

    @Override
    public CodeHash hash(String code) {
        return new CodeHash(SALT, hmac(code));
    }

    @Override
    public boolean matches(CodeHash expected, String code) {
        return expected.hash().equals(hmac(code));
    }

    static CodeHash hashOf(String code) {
        return new TestCodeHasher().hash(code);
    }

    private static String hmac(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(SALT.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
