package dev.cognitoes.shared;

import java.security.SecureRandom;
import java.util.UUID;

/** The production {@link IdGenerator}: every identifier is drawn from a {@link SecureRandom}. */
public final class RandomIdGenerator implements IdGenerator {

    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOWER_ALPHANUMERICS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    @Override
    public String userPoolIdSuffix() {
        return draw(ALPHANUMERICS, 9);
    }

    @Override
    public String appClientId() {
        return draw(LOWER_ALPHANUMERICS, 26);
    }

    @Override
    public String appClientSecret() {
        return draw(LOWER_ALPHANUMERICS, 51);
    }

    @Override
    public UUID sub() {
        return UUID.randomUUID();
    }

    private String draw(String alphabet, int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }
}
