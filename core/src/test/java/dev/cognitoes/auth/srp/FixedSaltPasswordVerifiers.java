package dev.cognitoes.auth.srp;

import dev.cognitoes.auth.FixedRandom;

/**
 * The production {@link CognitoPasswordVerifierFactory} with a fixed salt: the same pool, user and password always
 * give the same verifier.
 */
public final class FixedSaltPasswordVerifiers {

    private FixedSaltPasswordVerifiers() {
    }

    public static PasswordVerifierFactory create() {
        return new CognitoPasswordVerifierFactory(new FixedRandom(0xa5));
    }
}
