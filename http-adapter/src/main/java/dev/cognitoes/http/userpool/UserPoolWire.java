package dev.cognitoes.http.userpool;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.AdminCreateUserConfig;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.MessageTemplate;
import dev.cognitoes.userpool.api.PasswordPolicy;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import dev.cognitoes.userpool.api.VerificationMessageTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the user pool operations' wire shapes (Cognito's {@code CreateUserPoolRequest}, {@code UserPoolType}, ...)
 * to the domain's records and back. Members the domain keeps but does not act on yet ({@code LambdaConfig},
 * {@code EmailConfiguration}, ...) travel as JSON trees in {@link UserPoolSettings#additionalSettings()}.
 */
final class UserPoolWire {

    private static final Map<String, Object> DEFAULT_EMAIL_CONFIGURATION = Map.of("EmailSendingAccount",
            "COGNITO_DEFAULT");

    private UserPoolWire() {
    }

    record CreateUserPoolRequest(String poolName, PoliciesWire policies, String deletionProtection,
                                 JsonNode lambdaConfig, List<String> autoVerifiedAttributes,
                                 List<String> aliasAttributes, List<String> usernameAttributes,
                                 String smsVerificationMessage, String emailVerificationMessage,
                                 String emailVerificationSubject,
                                 VerificationMessageTemplateWire verificationMessageTemplate,
                                 String smsAuthenticationMessage, String mfaConfiguration,
                                 UserAttributeUpdateSettingsWire userAttributeUpdateSettings,
                                 JsonNode deviceConfiguration, JsonNode emailConfiguration,
                                 JsonNode smsConfiguration, Map<String, String> userPoolTags,
                                 AdminCreateUserConfigWire adminCreateUserConfig, List<SchemaAttributeWire> schema,
                                 JsonNode userPoolAddOns, UsernameConfigurationWire usernameConfiguration,
                                 AccountRecoverySettingWire accountRecoverySetting, String userPoolTier,
                                 JsonNode keyConfiguration, JsonNode issuerConfiguration) {
    }

    record UpdateUserPoolRequest(String userPoolId, PoliciesWire policies, String deletionProtection,
                                 JsonNode lambdaConfig, List<String> autoVerifiedAttributes,
                                 String smsVerificationMessage, String emailVerificationMessage,
                                 String emailVerificationSubject,
                                 VerificationMessageTemplateWire verificationMessageTemplate,
                                 String smsAuthenticationMessage,
                                 UserAttributeUpdateSettingsWire userAttributeUpdateSettings,
                                 String mfaConfiguration, JsonNode deviceConfiguration, JsonNode emailConfiguration,
                                 JsonNode smsConfiguration, Map<String, String> userPoolTags,
                                 AdminCreateUserConfigWire adminCreateUserConfig, JsonNode userPoolAddOns,
                                 AccountRecoverySettingWire accountRecoverySetting, String poolName,
                                 String userPoolTier, JsonNode keyConfiguration, JsonNode issuerConfiguration) {
    }

    record UserPoolIdRequest(String userPoolId) {
    }

    record AddCustomAttributesRequest(String userPoolId, List<SchemaAttributeWire> customAttributes) {
    }

    record ListUserPoolsRequest(String nextToken, Integer maxResults) {
    }

    record UserPoolResponse(UserPoolTypeWire userPool) {
    }

    record ListUserPoolsResponse(List<UserPoolDescriptionWire> userPools, String nextToken) {
    }

    record PoliciesWire(PasswordPolicyWire passwordPolicy, SignInPolicyWire signInPolicy) {
    }

    record PasswordPolicyWire(Integer minimumLength, Boolean requireUppercase, Boolean requireLowercase,
                              Boolean requireNumbers, Boolean requireSymbols, Integer passwordHistorySize,
                              Integer temporaryPasswordValidityDays) {
    }

    record SignInPolicyWire(List<String> allowedFirstAuthFactors) {
    }

    record VerificationMessageTemplateWire(String smsMessage, String emailMessage, String emailSubject,
                                           String emailMessageByLink, String emailSubjectByLink,
                                           String defaultEmailOption) {
    }

    record UserAttributeUpdateSettingsWire(List<String> attributesRequireVerificationBeforeUpdate) {
    }

    record AdminCreateUserConfigWire(Boolean allowAdminCreateUserOnly, Integer unusedAccountValidityDays,
                                     MessageTemplateWire inviteMessageTemplate) {
    }

    record MessageTemplateWire(@JsonProperty("SMSMessage") String smsMessage,
                               String emailMessage, String emailSubject) {
    }

    record SchemaAttributeWire(String name, String attributeDataType, Boolean developerOnlyAttribute,
                               Boolean mutable, Boolean required,
                               NumberAttributeConstraintsWire numberAttributeConstraints,
                               StringAttributeConstraintsWire stringAttributeConstraints) {
    }

    record NumberAttributeConstraintsWire(String minValue, String maxValue) {
    }

    record StringAttributeConstraintsWire(String minLength, String maxLength) {
    }

    record UsernameConfigurationWire(Boolean caseSensitive) {
    }

    record AccountRecoverySettingWire(List<RecoveryOptionWire> recoveryMechanisms) {
    }

    record RecoveryOptionWire(Integer priority, String name) {
    }

    record UserPoolTypeWire(String id, String name, PoliciesWire policies, String deletionProtection,
                            Object lambdaConfig, Instant lastModifiedDate, Instant creationDate,
                            List<SchemaAttributeWire> schemaAttributes, List<String> autoVerifiedAttributes,
                            List<String> aliasAttributes, List<String> usernameAttributes,
                            String smsVerificationMessage, String emailVerificationMessage,
                            String emailVerificationSubject,
                            VerificationMessageTemplateWire verificationMessageTemplate,
                            String smsAuthenticationMessage,
                            UserAttributeUpdateSettingsWire userAttributeUpdateSettings, String mfaConfiguration,
                            Object deviceConfiguration, Integer estimatedNumberOfUsers, Object emailConfiguration,
                            Object smsConfiguration, Map<String, String> userPoolTags,
                            AdminCreateUserConfigWire adminCreateUserConfig, Object userPoolAddOns,
                            UsernameConfigurationWire usernameConfiguration, String arn,
                            AccountRecoverySettingWire accountRecoverySetting, String userPoolTier,
                            Object keyConfiguration, Object issuerConfiguration) {
    }

    record UserPoolDescriptionWire(String id, String name, Object lambdaConfig, Instant lastModifiedDate,
                                   Instant creationDate) {
    }

    static SignInSettings signIn(CreateUserPoolRequest request) {
        boolean caseSensitive = request.usernameConfiguration() == null
                || request.usernameConfiguration().caseSensitive() == null
                || request.usernameConfiguration().caseSensitive();
        return new SignInSettings(set(request.usernameAttributes()), set(request.aliasAttributes()), caseSensitive);
    }

    static List<SchemaAttributeDeclaration> schema(CreateUserPoolRequest request) {
        return declarations(request.schema());
    }

    /** The attributes of an AddCustomAttributes request, as declared. */
    static List<SchemaAttributeDeclaration> customAttributes(AddCustomAttributesRequest request) {
        return declarations(request.customAttributes());
    }

    private static List<SchemaAttributeDeclaration> declarations(List<SchemaAttributeWire> attributes) {
        if (attributes == null) {
            return List.of();
        }
        List<SchemaAttributeDeclaration> declared = new ArrayList<>();
        for (SchemaAttributeWire attribute : attributes) {
            StringAttributeConstraintsWire strings = attribute.stringAttributeConstraints();
            NumberAttributeConstraintsWire numbers = attribute.numberAttributeConstraints();
            declared.add(new SchemaAttributeDeclaration(attribute.name(),
                    attribute.attributeDataType() == null ? null
                            : AttributeDataType.fromAwsName(attribute.attributeDataType()),
                    attribute.developerOnlyAttribute(), attribute.mutable(), attribute.required(),
                    strings == null ? null : strings.minLength(), strings == null ? null : strings.maxLength(),
                    numbers == null ? null : numbers.minValue(), numbers == null ? null : numbers.maxValue()));
        }
        return declared;
    }

    static UserPoolSettings settings(CreateUserPoolRequest r) {
        Map<String, JsonNode> additional = new LinkedHashMap<>();
        additional.put("LambdaConfig", r.lambdaConfig());
        additional.put("DeviceConfiguration", r.deviceConfiguration());
        additional.put("EmailConfiguration", r.emailConfiguration());
        additional.put("SmsConfiguration", r.smsConfiguration());
        additional.put("UserPoolAddOns", r.userPoolAddOns());
        additional.put("KeyConfiguration", r.keyConfiguration());
        additional.put("IssuerConfiguration", r.issuerConfiguration());
        return settings(r.poolName(), r.policies(), r.deletionProtection(), r.autoVerifiedAttributes(),
                r.smsVerificationMessage(), r.emailVerificationMessage(), r.emailVerificationSubject(),
                r.verificationMessageTemplate(), r.smsAuthenticationMessage(), r.mfaConfiguration(),
                attributesRequireVerification(r.userAttributeUpdateSettings(), Set.of()), r.userPoolTags(),
                r.adminCreateUserConfig(), r.accountRecoverySetting(),
                r.userPoolTier() == null ? "ESSENTIALS" : r.userPoolTier(), additional);
    }

    /**
     * The whole new configuration of an UpdateUserPool request: absent members return to Cognito's defaults,
     * except the pool's name, its tier and the attributes kept until verified, which stay as they are.
     */
    static UserPoolSettings settings(UpdateUserPoolRequest r, UserPoolView current) {
        Map<String, JsonNode> additional = new LinkedHashMap<>();
        additional.put("LambdaConfig", r.lambdaConfig());
        additional.put("DeviceConfiguration", r.deviceConfiguration());
        additional.put("EmailConfiguration", r.emailConfiguration());
        additional.put("SmsConfiguration", r.smsConfiguration());
        additional.put("UserPoolAddOns", r.userPoolAddOns());
        additional.put("KeyConfiguration", r.keyConfiguration());
        additional.put("IssuerConfiguration", r.issuerConfiguration());
        UserPoolSettings kept = current.settings();
        return settings(r.poolName() == null ? kept.poolName() : r.poolName(), r.policies(),
                r.deletionProtection(), r.autoVerifiedAttributes(), r.smsVerificationMessage(),
                r.emailVerificationMessage(), r.emailVerificationSubject(), r.verificationMessageTemplate(),
                r.smsAuthenticationMessage(), r.mfaConfiguration(),
                attributesRequireVerification(r.userAttributeUpdateSettings(),
                        kept.attributesRequireVerificationBeforeUpdate()),
                r.userPoolTags(), r.adminCreateUserConfig(), r.accountRecoverySetting(),
                r.userPoolTier() == null ? kept.userPoolTier() : r.userPoolTier(), additional);
    }

    private static UserPoolSettings settings(String poolName, PoliciesWire policies, String deletionProtection,
                                             List<String> autoVerifiedAttributes, String smsVerificationMessage,
                                             String emailVerificationMessage, String emailVerificationSubject,
                                             VerificationMessageTemplateWire template,
                                             String smsAuthenticationMessage, String mfaConfiguration,
                                             Set<String> attributesRequireVerification, Map<String, String> tags,
                                             AdminCreateUserConfigWire adminCreateUserConfig,
                                             AccountRecoverySettingWire accountRecovery, String tier,
                                             Map<String, JsonNode> additional) {
        PasswordPolicyWire password = policies == null ? null : policies.passwordPolicy();
        AdminCreateUserConfigWire admin = adminCreateUserConfig;
        Integer temporaryDays = password == null ? null : password.temporaryPasswordValidityDays();
        Integer unusedDays = admin == null ? null : admin.unusedAccountValidityDays();
        if (temporaryDays != null && unusedDays != null) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER,
                    "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays");
        }
        int validityDays = temporaryDays != null && temporaryDays != 0 ? temporaryDays
                : unusedDays != null && unusedDays != 0 ? unusedDays
                : PasswordPolicy.DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS;
        PasswordPolicy passwordPolicy = password == null
                ? new PasswordPolicy(8, true, true, true, true, null, validityDays)
                : new PasswordPolicy(orElse(password.minimumLength(), 8), orElse(password.requireUppercase(), false),
                        orElse(password.requireLowercase(), false), orElse(password.requireNumbers(), false),
                        orElse(password.requireSymbols(), false), password.passwordHistorySize(), validityDays);
        List<String> firstFactors = policies == null || policies.signInPolicy() == null
                || policies.signInPolicy().allowedFirstAuthFactors() == null ? List.of("PASSWORD")
                : policies.signInPolicy().allowedFirstAuthFactors();
        MessageTemplateWire invite = admin == null ? null : admin.inviteMessageTemplate();
        AdminCreateUserConfig adminConfig = new AdminCreateUserConfig(
                admin != null && orElse(admin.allowAdminCreateUserOnly(), false), validityDays,
                invite == null ? MessageTemplate.DEFAULT
                        : new MessageTemplate(invite.smsMessage(), invite.emailMessage(), invite.emailSubject()));
        Map<String, Object> kept = new LinkedHashMap<>();
        additional.forEach((member, tree) -> {
            if (tree != null && !tree.isNull()) {
                kept.put(member, WireJson.mapper().convertValue(tree, Object.class));
            }
        });
        return new UserPoolSettings(poolName, passwordPolicy, firstFactors, "ACTIVE".equals(deletionProtection),
                set(autoVerifiedAttributes), template(template, smsVerificationMessage, emailVerificationMessage,
                emailVerificationSubject), smsAuthenticationMessage, attributesRequireVerification,
                mfaConfiguration == null ? "OFF" : mfaConfiguration, adminConfig, recovery(accountRecovery),
                tags == null ? Map.of() : tags, tier, kept);
    }

    private static VerificationMessageTemplate template(VerificationMessageTemplateWire wire, String legacySms,
                                                        String legacyEmail, String legacySubject) {
        if (wire == null) {
            return new VerificationMessageTemplate(legacySms, legacyEmail, legacySubject, null, null,
                    VerificationMessageTemplate.DefaultEmailOption.CONFIRM_WITH_CODE);
        }
        return new VerificationMessageTemplate(firstOf(wire.smsMessage(), legacySms),
                firstOf(wire.emailMessage(), legacyEmail), firstOf(wire.emailSubject(), legacySubject),
                wire.emailMessageByLink(), wire.emailSubjectByLink(),
                wire.defaultEmailOption() == null ? VerificationMessageTemplate.DefaultEmailOption.CONFIRM_WITH_CODE
                        : VerificationMessageTemplate.DefaultEmailOption.valueOf(wire.defaultEmailOption()));
    }

    private static Set<String> attributesRequireVerification(UserAttributeUpdateSettingsWire wire,
                                                             Set<String> whenAbsent) {
        return wire == null ? whenAbsent : set(wire.attributesRequireVerificationBeforeUpdate());
    }

    private static List<RecoveryOption> recovery(AccountRecoverySettingWire wire) {
        if (wire == null || wire.recoveryMechanisms() == null) {
            return List.of();
        }
        return wire.recoveryMechanisms().stream()
                .map(option -> new RecoveryOption(option.name(), option.priority()))
                .toList();
    }

    /** The pool as {@code UserPoolType}, with the number of users it has now. */
    static UserPoolTypeWire userPool(UserPoolView pool, int estimatedNumberOfUsers) {
        UserPoolSettings s = pool.settings();
        PasswordPolicy p = s.passwordPolicy();
        VerificationMessageTemplate t = s.verificationMessageTemplate();
        AdminCreateUserConfig a = s.adminCreateUserConfig();
        MessageTemplate invite = a.inviteMessageTemplate();
        boolean anyInvite = invite.smsMessage() != null || invite.emailMessage() != null
                || invite.emailSubject() != null;
        return new UserPoolTypeWire(pool.id(), s.poolName(),
                new PoliciesWire(new PasswordPolicyWire(p.minimumLength(), p.requireUppercase(),
                        p.requireLowercase(), p.requireNumbers(), p.requireSymbols(), p.passwordHistorySize(),
                        p.temporaryPasswordValidityDays()), new SignInPolicyWire(s.allowedFirstAuthFactors())),
                s.deletionProtection() ? "ACTIVE" : "INACTIVE",
                s.additionalSettings().getOrDefault("LambdaConfig", Map.of()), pool.lastModifiedDate(),
                pool.creationDate(), pool.schema().stream().map(UserPoolWire::attribute).toList(),
                sorted(s.autoVerifiedAttributes()), nonEmpty(sorted(pool.signIn().aliasAttributes())),
                nonEmpty(sorted(pool.signIn().usernameAttributes())), t.smsMessage(), t.emailMessage(),
                t.emailSubject(), new VerificationMessageTemplateWire(t.smsMessage(), t.emailMessage(),
                        t.emailSubject(), t.emailMessageByLink(), t.emailSubjectByLink(),
                        t.defaultEmailOption().name()),
                s.smsAuthenticationMessage(),
                new UserAttributeUpdateSettingsWire(sorted(s.attributesRequireVerificationBeforeUpdate())),
                s.mfaConfiguration(), s.additionalSettings().get("DeviceConfiguration"), estimatedNumberOfUsers,
                s.additionalSettings().getOrDefault("EmailConfiguration", DEFAULT_EMAIL_CONFIGURATION),
                s.additionalSettings().get("SmsConfiguration"), s.tags(),
                new AdminCreateUserConfigWire(a.allowAdminCreateUserOnly(), a.unusedAccountValidityDays(),
                        anyInvite ? new MessageTemplateWire(invite.smsMessage(), invite.emailMessage(),
                                invite.emailSubject()) : null),
                s.additionalSettings().get("UserPoolAddOns"),
                new UsernameConfigurationWire(pool.signIn().caseSensitive()), pool.arn(),
                s.accountRecovery().isEmpty() ? null : new AccountRecoverySettingWire(s.accountRecovery().stream()
                        .map(option -> new RecoveryOptionWire(option.priority(), option.name())).toList()),
                s.userPoolTier(), s.additionalSettings().get("KeyConfiguration"),
                s.additionalSettings().get("IssuerConfiguration"));
    }

    static UserPoolDescriptionWire description(UserPoolView pool) {
        return new UserPoolDescriptionWire(pool.id(), pool.settings().poolName(),
                pool.settings().additionalSettings().getOrDefault("LambdaConfig", Map.of()), pool.lastModifiedDate(),
                pool.creationDate());
    }

    private static SchemaAttributeWire attribute(SchemaAttribute attribute) {
        NumberAttributeConstraintsWire numbers = attribute.dataType() == AttributeDataType.NUMBER
                ? new NumberAttributeConstraintsWire(text(attribute.minValue()), text(attribute.maxValue())) : null;
        StringAttributeConstraintsWire strings = attribute.dataType() == AttributeDataType.STRING
                ? new StringAttributeConstraintsWire(text(attribute.minLength()), text(attribute.maxLength())) : null;
        return new SchemaAttributeWire(attribute.name(), attribute.dataType().awsName(), attribute.developerOnly(),
                attribute.mutable(), attribute.required(), numbers, strings);
    }

    private static String text(Number number) {
        return number == null ? null : number.toString();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static List<String> nonEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
