package dev.cognitoes.auth.srp;

/**
 * Checks a password given in clear against a stored {@link PasswordVerifier}, for the flows where Cognito receives
 * the password itself: {@code USER_PASSWORD_AUTH}, {@code ADMIN_USER_PASSWORD_AUTH} and the previous password of
 * {@code ChangePassword}.
 */
public interface PasswordChecker {

    /**
     * @param verifier    what was stored when the password was set
     * @param userPoolId  the full pool id the verifier was made for
     * @param srpUsername the name the verifier was made for ({@code USER_ID_FOR_SRP})
     * @param password    the password offered, in clear
     * @return whether {@code password} is the password the verifier was made from
     */
    boolean matches(PasswordVerifier verifier, String userPoolId, String srpUsername, String password);
}
