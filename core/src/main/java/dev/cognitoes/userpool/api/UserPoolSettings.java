package dev.cognitoes.userpool.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that configures a user pool and that UpdateUserPool may change. The names follow Cognito's
 * {@code CreateUserPool} members. Sets and maps are never {@code null}; an absent text is {@code null}.
 *
 * @param autoVerifiedAttributes         {@code email} and/or {@code phone_number}: codes are sent to them
 * @param attributesRequireVerificationBeforeUpdate {@code UserAttributeUpdateSettings}: changes to these keep
 *                                       the old value until the new one is verified
 * @param mfaConfiguration               {@code OFF}, {@code ON} or {@code OPTIONAL}
 * @param userPoolTier                   {@code LITE}, {@code ESSENTIALS} or {@code PLUS}
 * @param additionalSettings             settings cognito-es stores and returns unchanged but does not act on yet,
 *                                       keyed by their AWS member name ({@code LambdaConfig},
 *                                       {@code EmailConfiguration}, {@code SmsConfiguration},
 *                                       {@code DeviceConfiguration}, {@code UserPoolAddOns}, ...), each value a
 *                                       JSON-shaped tree of maps, lists, strings, numbers and booleans
 */
public record UserPoolSettings(String poolName, PasswordPolicy passwordPolicy, List<String> allowedFirstAuthFactors,
                               boolean deletionProtection, Set<String> autoVerifiedAttributes,
                               VerificationMessageTemplate verificationMessageTemplate,
                               String smsAuthenticationMessage,
                               Set<String> attributesRequireVerificationBeforeUpdate, String mfaConfiguration,
                               AdminCreateUserConfig adminCreateUserConfig, List<RecoveryOption> accountRecovery,
                               Map<String, String> tags, String userPoolTier,
                               Map<String, Object> additionalSettings) {
    public UserPoolSettings {
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(passwordPolicy, "passwordPolicy");
        Objects.requireNonNull(verificationMessageTemplate, "verificationMessageTemplate");
        Objects.requireNonNull(mfaConfiguration, "mfaConfiguration");
        Objects.requireNonNull(adminCreateUserConfig, "adminCreateUserConfig");
        Objects.requireNonNull(userPoolTier, "userPoolTier");
        allowedFirstAuthFactors = List.copyOf(allowedFirstAuthFactors);
        autoVerifiedAttributes = Set.copyOf(autoVerifiedAttributes);
        attributesRequireVerificationBeforeUpdate = Set.copyOf(attributesRequireVerificationBeforeUpdate);
        accountRecovery = List.copyOf(accountRecovery);
        tags = Map.copyOf(tags);
        additionalSettings = Map.copyOf(additionalSettings);
    }

    /** A pool with Cognito's defaults and the given name. */
    public static UserPoolSettings defaults(String poolName) {
        return new UserPoolSettings(poolName, PasswordPolicy.DEFAULT, List.of("PASSWORD"), false, Set.of(),
                VerificationMessageTemplate.DEFAULT, null, Set.of(), "OFF", AdminCreateUserConfig.DEFAULT,
                List.of(), Map.of(), "ESSENTIALS", Map.of());
    }

    /** These settings with codes sent to the given attributes ({@code email} and/or {@code phone_number}). */
    public UserPoolSettings withAutoVerifiedAttributes(Set<String> attributes) {
        return new UserPoolSettings(poolName, passwordPolicy, allowedFirstAuthFactors, deletionProtection, attributes,
                verificationMessageTemplate, smsAuthenticationMessage, attributesRequireVerificationBeforeUpdate,
                mfaConfiguration, adminCreateUserConfig, accountRecovery, tags, userPoolTier, additionalSettings);
    }
}
