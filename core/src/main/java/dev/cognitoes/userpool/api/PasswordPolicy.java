package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;

/**
 * The rules a user pool's passwords must follow, as Cognito's {@code PasswordPolicyType}.
 *
 * @param minimumLength                 6 to 99 characters
 * @param passwordHistorySize           how many earlier passwords may not be reused, 0 to 24; {@code null} when
 *                                      not set
 * @param temporaryPasswordValidityDays how long an administrator-set temporary password stays valid, 1 to 365
 *                                      days; 0 stands for Cognito's default of 7, as Cognito reads it
 * @throws CognitoException InvalidParameterException worded as Cognito's validation of
 *                          {@code Policies.PasswordPolicy} when a bound is broken
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
                             boolean requireNumbers, boolean requireSymbols, Integer passwordHistorySize,
                             int temporaryPasswordValidityDays) {

    /** Cognito's default: eight characters with an uppercase, a lowercase, a number and a symbol; 7 days. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, null, 7);

    public static final int DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS = 7;

    public PasswordPolicy {
        requireWithin("minimumLength", minimumLength, 6, 99);
        if (passwordHistorySize != null) {
            requireWithin("passwordHistorySize", passwordHistorySize, 0, 24);
        }
        requireWithin("temporaryPasswordValidityDays", temporaryPasswordValidityDays, 0, 365);
        if (temporaryPasswordValidityDays == 0) {
            temporaryPasswordValidityDays = DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS;
        }
    }

    private static void requireWithin(String member, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + value + "' at 'policies.passwordPolicy." + member + "' failed to satisfy constraint: "
                    + (value < min ? "Member must have value greater than or equal to " + min
                                   : "Member must have value less than or equal to " + max));
        }
    }
}
