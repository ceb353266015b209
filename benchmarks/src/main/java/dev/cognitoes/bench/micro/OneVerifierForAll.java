package dev.cognitoes.bench.micro;

import dev.cognitoes.auth.srp.CognitoPasswordVerifierFactory;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;

/**
 * Hands every user the same verifier, made once: for seeding many users, and for measuring what a command costs
 * apart from the modular exponentiation a real verifier takes. Never for signing in.
 */
final class OneVerifierForAll implements PasswordVerifierFactory {

    private final PasswordVerifier verifier =
            new CognitoPasswordVerifierFactory().create("eu-west-1_seed", "seed", BenchRuntime.PASSWORD);

    @Override
    public PasswordVerifier create(String userPoolId, String srpUsername, String password) {
        return verifier;
    }
}
