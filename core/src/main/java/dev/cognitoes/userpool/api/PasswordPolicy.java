package dev.cognitoes.userpool.api;

/**
 * The rules a user pool's passwords must follow, as Cognito's {@code PasswordPolicyType}.
 *
 * @param minimumLength                 6 to 99 characters
 * @param passwordHistorySize           how many earlier passwords may not be reused; {@code null} when not set
 * @param temporaryPasswordValidityDays how long an administrator-set temporary password stays valid
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
                             boolean requireNumbers, boolean requireSymbols, Integer passwordHistorySize,
                             int temporaryPasswordValidityDays) {

    /** Cognito's default: eight characters with an uppercase, a lowercase, a number and a symbol; 7 days. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, null, 7);

    public PasswordPolicy {
        if (minimumLength < 6 || minimumLength > 99) {
            throw new IllegalArgumentException("minimumLength must be 6 to 99, was " + minimumLength);
        }
        if (passwordHistorySize != null && (passwordHistorySize < 0 || passwordHistorySize > 24)) {
            throw new IllegalArgumentException("passwordHistorySize must be 0 to 24, was " + passwordHistorySize);
        }
        if (temporaryPasswordValidityDays < 0 || temporaryPasswordValidityDays > 365) {
            throw new IllegalArgumentException(
                    "temporaryPasswordValidityDays must be 0 to 365, was " + temporaryPasswordValidityDays);
        }
    }
}
