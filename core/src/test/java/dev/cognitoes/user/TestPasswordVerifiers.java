package dev.cognitoes.user;

import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A deterministic stand-in for SRP verifiers: SHA-256 over pool, username and password, never the password. */
final class TestPasswordVerifiers implements PasswordVerifierFactory {

    @Override
    public PasswordVerifier create(String userPoolId, String srpUsername, String password) {
        return verifierOf(userPoolId, srpUsername, password);
    }

    static PasswordVerifier verifierOf(String userPoolId, String srpUsername, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((userPoolId + "|" + srpUsername + "|" + password).getBytes(StandardCharsets.UTF_8));
            return new PasswordVerifier("00", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
