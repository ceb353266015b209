package dev.cognitoes.shared;

import java.security.SecureRandom;

/** The production {@link CodeGenerator}: six digits drawn from a {@link SecureRandom}. */
public final class RandomCodeGenerator implements CodeGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String code() {
        return String.format("%06d", random.nextInt(1_000_000));
    }
}
