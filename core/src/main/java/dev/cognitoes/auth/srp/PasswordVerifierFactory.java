package dev.cognitoes.auth.srp;

/** Makes {@link PasswordVerifier}s from passwords, the moment a password enters cognito-es. */
public interface PasswordVerifierFactory {

    /**
     * @param userPoolId    the full pool id; its part after the underscore enters the verifier, as in Cognito
     * @param srpUsername   the name the SRP exchange uses for the user ({@code USER_ID_FOR_SRP})
     * @param password      the password in clear, forgotten once this returns
     */
    PasswordVerifier create(String userPoolId, String srpUsername, String password);
}
