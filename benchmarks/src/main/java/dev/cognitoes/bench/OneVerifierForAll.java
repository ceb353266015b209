package dev.cognitoes.bench;

import dev.cognitoes.auth.srp.CognitoPasswordVerifierFactory;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;

/**
 * Hands every user the same verifier, made once: for seeding many users, and for measuring what a command costs
 * apart from the modular exponentiation a real verifier takes. Never for signing in: the verifier belongs to no
 * real pool or user, so no password signs a user holding it in.
 */
public final class OneVerifierForAll implements PasswordVerifierFactory {

    private final PasswordVerifier verifier =
            new CognitoPasswordVerifierFactory().create("eu-west-1_seed", "seed", "Bench-Passw0rd!");

    @Override
    public PasswordVerifier create(String userPoolId, String srpUsername, String password) {
        return verifier;
    }
}
