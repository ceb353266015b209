package dev.cognitoes.http.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.shared.AccountSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class UserPoolOperationsTest {

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.250Z");

    @RegisterExtension
    static final RunningServer server = RunningServer.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .account(new AccountSettings("123456789012", "us-east-1"))
            .build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();

    UserPoolType create(String name) {
        return cognito.createUserPool(r -> r.poolName(name)).userPool();
    }

    static CreateUserPoolRequest everySetting(String name) {
        return CreateUserPoolRequest.builder()
                .poolName(name)
                .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(12).requireUppercase(true)
                                .requireLowercase(false).requireNumbers(true).requireSymbols(false)
                                .passwordHistorySize(4).temporaryPasswordValidityDays(3))
                        .signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))
                .deletionProtection(DeletionProtectionType.ACTIVE)
                .lambdaConfig(l -> l.preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up")
                        .customMessage("arn:aws:lambda:us-east-1:123456789012:function:custom-message"))
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .usernameAttributes(UsernameAttributeType.EMAIL)
                .verificationMessageTemplate(t -> t.smsMessage("Your code is {####}")
                        .emailMessage("Your code: {####}").emailSubject("Your code")
                        .emailMessageByLink("Click {##here##}").emailSubjectByLink("Verify")
                        .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_LINK))
                .smsAuthenticationMessage("Sign in with {####}")
                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                .userAttributeUpdateSettings(u -> u.attributesRequireVerificationBeforeUpdate(
                        VerifiedAttributeType.EMAIL))
                .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true)
                        .deviceOnlyRememberedOnUserPrompt(false))
                .emailConfiguration(e -> e.emailSendingAccount("DEVELOPER")
                        .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com")
                        .replyToEmailAddress("help@example.com"))
                .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sns").externalId("ext")
                        .snsRegion("us-east-1"))
                .userPoolTags(Map.of("team", "identity", "cost-center", "42"))
                .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true).inviteMessageTemplate(m -> m
                        .smsMessage("Hi {username}, {####}").emailMessage("Hello {username}: {####}")
                        .emailSubject("Welcome")))
                .schema(SchemaAttributeType.builder().name("email").required(true).mutable(true).build(),
                        SchemaAttributeType.builder().name("given_name").attributeDataType(AttributeDataType.STRING)
                                .stringAttributeConstraints(c -> c.minLength("1").maxLength("255")).build(),
                        SchemaAttributeType.builder().name("team").attributeDataType(AttributeDataType.STRING)
                                .mutable(true).stringAttributeConstraints(c -> c.minLength("2").maxLength("40"))
                                .build(),
                        SchemaAttributeType.builder().name("level").attributeDataType(AttributeDataType.NUMBER)
                                .developerOnlyAttribute(true).mutable(false)
                                .numberAttributeConstraints(c -> c.minValue("1").maxValue("9")).build(),
                        SchemaAttributeType.builder().name("active").attributeDataType(AttributeDataType.BOOLEAN)
                                .build())
                .userPoolAddOns(a -> a.advancedSecurityMode("AUDIT"))
                .usernameConfiguration(u -> u.caseSensitive(false))
                .accountRecoverySetting(a -> a.recoveryMechanisms(
                        m -> m.name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1),
                        m -> m.name(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER).priority(2)))
                .userPoolTier(UserPoolTierType.PLUS)
                .build();
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a pool is created with nothing but a name")
    class MinimalPool {

        @Test
        @DisplayName("it answers Cognito's defaults, the standard schema, and an id and ARN of the signing region")
        void defaults() {
            UserPoolType pool = create("minimal");

            assertThat(pool.id()).matches("us-east-1_[0-9A-Za-z]{9}");
            assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + pool.id());
            assertThat(pool.name()).isEqualTo("minimal");
            assertThat(pool.creationDate()).isEqualTo(NOW);
            assertThat(pool.lastModifiedDate()).isEqualTo(NOW);
            assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(8);
            assertThat(pool.policies().passwordPolicy().requireUppercase()).isTrue();
            assertThat(pool.policies().passwordPolicy().requireSymbols()).isTrue();
            assertThat(pool.policies().passwordPolicy().temporaryPasswordValidityDays()).isEqualTo(7);
            assertThat(pool.policies().signInPolicy().allowedFirstAuthFactorsAsStrings()).containsExactly("PASSWORD");
            assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
            assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
            assertThat(pool.userPoolTier()).isEqualTo(UserPoolTierType.ESSENTIALS);
            assertThat(pool.estimatedNumberOfUsers()).isZero();
            assertThat(pool.emailConfiguration().emailSendingAccountAsString()).isEqualTo("COGNITO_DEFAULT");
            assertThat(pool.verificationMessageTemplate().defaultEmailOption())
                    .isEqualTo(DefaultEmailOptionType.CONFIRM_WITH_CODE);
            assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
            assertThat(pool.adminCreateUserConfig().unusedAccountValidityDays()).isEqualTo(7);
            assertThat(pool.usernameConfiguration().caseSensitive()).isTrue();
            assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name).containsExactly("sub",
                    "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile",
                    "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale",
                    "phone_number", "phone_number_verified", "address", "updated_at");
            assertThat(pool.schemaAttributes().get(0)).isEqualTo(SchemaAttributeType.builder().name("sub")
                    .attributeDataType(AttributeDataType.STRING).developerOnlyAttribute(false).mutable(false)
                    .required(true).stringAttributeConstraints(c -> c.minLength("1").maxLength("2048")).build());
            assertThat(pool.schemaAttributes().get(19).numberAttributeConstraints().minValue()).isEqualTo("0");
        }

        @Test
        @DisplayName("the wire shape has epoch-second dates, constraints as strings and no null members")
        void wireShape() {
            String id = create("wire").id();

            WireResponse response = server.call("DescribeUserPool", "{\"UserPoolId\":\"" + id + "\"}");

            assertThat(response.status()).isEqualTo(200);
            JsonNode pool = response.body().path("UserPool");
            assertThat(pool.path("CreationDate").isNumber()).isTrue();
            assertThat(pool.path("CreationDate").decimalValue()).isEqualByComparingTo("1772600767.25");
            assertThat(pool.path("SchemaAttributes").path(0).path("StringAttributeConstraints").path("MinLength")
                    .isTextual()).isTrue();
            assertThat(pool.path("LambdaConfig").isObject()).isTrue();
            assertThat(pool.has("AliasAttributes")).isFalse();
            assertThat(pool.has("SmsAuthenticationMessage")).isFalse();
            assertThat(response.text()).doesNotContain("null");
        }

        @Test
        @DisplayName("a client signing for another region gets a pool of that region")
        void region() {
            UserPoolType pool = server.sdkClient(Region.EU_WEST_2).createUserPool(r -> r.poolName("london"))
                    .userPool();

            assertThat(pool.id()).startsWith("eu-west-2_");
            assertThat(pool.arn()).startsWith("arn:aws:cognito-idp:eu-west-2:123456789012:userpool/");
        }
    }

    @Nested
    @DisplayName("when a pool is created with every setting")
    class FullPool {

        @Test
        @DisplayName("DescribeUserPool returns exactly what CreateUserPool answered")
        void roundTrips() {
            UserPoolType created = cognito.createUserPool(everySetting("full")).userPool();

            UserPoolType described = cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool();

            assertThat(described).isEqualTo(created);
        }

        @Test
        @DisplayName("every setting comes back as sent")
        void settingsComeBack() {
            CreateUserPoolRequest request = everySetting("full");
            UserPoolType pool = cognito.createUserPool(request).userPool();

            assertThat(pool.policies()).isEqualTo(request.policies());
            assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
            assertThat(pool.lambdaConfig()).isEqualTo(request.lambdaConfig());
            assertThat(pool.autoVerifiedAttributes()).containsExactly(VerifiedAttributeType.EMAIL);
            assertThat(pool.usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
            assertThat(pool.verificationMessageTemplate()).isEqualTo(request.verificationMessageTemplate());
            assertThat(pool.smsVerificationMessage()).isEqualTo("Your code is {####}");
            assertThat(pool.emailVerificationMessage()).isEqualTo("Your code: {####}");
            assertThat(pool.emailVerificationSubject()).isEqualTo("Your code");
            assertThat(pool.smsAuthenticationMessage()).isEqualTo("Sign in with {####}");
            assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
            assertThat(pool.userAttributeUpdateSettings()).isEqualTo(request.userAttributeUpdateSettings());
            assertThat(pool.deviceConfiguration()).isEqualTo(request.deviceConfiguration());
            assertThat(pool.emailConfiguration()).isEqualTo(request.emailConfiguration());
            assertThat(pool.smsConfiguration()).isEqualTo(request.smsConfiguration());
            assertThat(pool.userPoolTags()).isEqualTo(request.userPoolTags());
            assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
            assertThat(pool.adminCreateUserConfig().unusedAccountValidityDays()).isEqualTo(3);
            assertThat(pool.adminCreateUserConfig().inviteMessageTemplate())
                    .isEqualTo(request.adminCreateUserConfig().inviteMessageTemplate());
            assertThat(pool.userPoolAddOns()).isEqualTo(request.userPoolAddOns());
            assertThat(pool.usernameConfiguration().caseSensitive()).isFalse();
            assertThat(pool.accountRecoverySetting()).isEqualTo(request.accountRecoverySetting());
            assertThat(pool.userPoolTier()).isEqualTo(UserPoolTierType.PLUS);
        }

        @Test
        @DisplayName("the declared attributes change the standard ones and follow them as custom ones")
        void schema() {
            UserPoolType pool = cognito.createUserPool(everySetting("schema")).userPool();

            assertThat(pool.schemaAttributes()).hasSize(23);
            SchemaAttributeType email = pool.schemaAttributes().get(10);
            assertThat(email.name()).isEqualTo("email");
            assertThat(email.required()).isTrue();
            assertThat(pool.schemaAttributes().get(2).stringAttributeConstraints().maxLength()).isEqualTo("255");
            assertThat(pool.schemaAttributes().subList(20, 23)).containsExactly(
                    SchemaAttributeType.builder().name("custom:team").attributeDataType(AttributeDataType.STRING)
                            .developerOnlyAttribute(false).mutable(true).required(false)
                            .stringAttributeConstraints(c -> c.minLength("2").maxLength("40")).build(),
                    SchemaAttributeType.builder().name("dev:custom:level").attributeDataType(AttributeDataType.NUMBER)
                            .developerOnlyAttribute(true).mutable(false).required(false)
                            .numberAttributeConstraints(c -> c.minValue("1").maxValue("9")).build(),
                    SchemaAttributeType.builder().name("custom:active").attributeDataType(AttributeDataType.BOOLEAN)
                            .developerOnlyAttribute(false).mutable(true).required(false).build());
        }
    }

    @Nested
    @DisplayName("when CreateUserPool breaks a rule")
    class CreateRefusals {

        @Test
        @DisplayName("username attributes together with alias attributes are refused")
        void usernameAndAlias() {
            assertRefused(() -> cognito.createUserPool(r -> r.poolName("p")
                            .usernameAttributes(UsernameAttributeType.EMAIL)
                            .aliasAttributes(AliasAttributeType.PREFERRED_USERNAME)),
                    InvalidParameterException.class,
                    "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
        }

        @Test
        @DisplayName("a required custom attribute is refused")
        void requiredCustom() {
            assertRefused(() -> cognito.createUserPool(r -> r.poolName("p").schema(s -> s.name("team")
                            .attributeDataType(AttributeDataType.STRING).required(true))),
                    InvalidParameterException.class, "Required custom attributes are not supported currently.");
        }

        @Test
        @DisplayName("a temporary password validity set in both of its places is refused")
        void bothValidityDays() {
            assertRefused(() -> cognito.createUserPool(r -> r.poolName("p")
                            .policies(p -> p.passwordPolicy(pp -> pp.temporaryPasswordValidityDays(3)))
                            .adminCreateUserConfig(a -> a.unusedAccountValidityDays(3))),
                    InvalidParameterException.class,
                    "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays");
        }

        @Test
        @DisplayName("attributes kept until verified must be auto-verified")
        void verificationBeforeUpdate() {
            assertRefused(() -> cognito.createUserPool(r -> r.poolName("p").userAttributeUpdateSettings(
                            u -> u.attributesRequireVerificationBeforeUpdate(VerifiedAttributeType.EMAIL))),
                    InvalidParameterException.class,
                    "All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
        }

        @Test
        @DisplayName("a password shorter than 6 characters is refused by the model's constraint")
        void shortPasswordPolicy() {
            assertThatThrownBy(() -> cognito.createUserPool(r -> r.poolName("p")
                    .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(5)))))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Nested
    @DisplayName("when a pool is updated")
    class Updating {

        @Test
        @DisplayName("the settings sent replace the old ones, absent ones return to defaults, the name stays")
        void replaces() {
            UserPoolType pool = cognito.createUserPool(r -> r.poolName("before")
                    .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                    .userPoolTags(Map.of("k", "v"))
                    .mfaConfiguration(UserPoolMfaType.OPTIONAL)).userPool();

            cognito.updateUserPool(r -> r.userPoolId(pool.id())
                    .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(10)))
                    .deletionProtection(DeletionProtectionType.ACTIVE));

            UserPoolType updated = cognito.describeUserPool(r -> r.userPoolId(pool.id())).userPool();
            assertThat(updated.name()).isEqualTo("before");
            assertThat(updated.policies().passwordPolicy().minimumLength()).isEqualTo(10);
            assertThat(updated.policies().passwordPolicy().requireUppercase()).isFalse();
            assertThat(updated.deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
            assertThat(updated.autoVerifiedAttributes()).isEmpty();
            assertThat(updated.userPoolTags()).isEmpty();
            assertThat(updated.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
            assertThat(updated.schemaAttributes()).isEqualTo(pool.schemaAttributes());
            assertThat(updated.creationDate()).isEqualTo(pool.creationDate());
        }

        @Test
        @DisplayName("a new name is taken")
        void renames() {
            UserPoolType pool = create("before");

            cognito.updateUserPool(r -> r.userPoolId(pool.id()).poolName("after"));

            assertThat(cognito.describeUserPool(r -> r.userPoolId(pool.id())).userPool().name()).isEqualTo("after");
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknown() {
            assertRefused(() -> cognito.updateUserPool(r -> r.userPoolId("us-east-1_missing1")),
                    ResourceNotFoundException.class, "User pool us-east-1_missing1 does not exist.");
        }
    }

    @Nested
    @DisplayName("when a pool is deleted")
    class Deleting {

        @Test
        @DisplayName("it is no longer described")
        void deletes() {
            UserPoolType pool = create("doomed");

            cognito.deleteUserPool(r -> r.userPoolId(pool.id()));

            assertRefused(() -> cognito.describeUserPool(r -> r.userPoolId(pool.id())),
                    ResourceNotFoundException.class, "User pool " + pool.id() + " does not exist.");
            assertRefused(() -> cognito.deleteUserPool(r -> r.userPoolId(pool.id())),
                    ResourceNotFoundException.class, "User pool " + pool.id() + " does not exist.");
        }

        @Test
        @DisplayName("a pool protected against deletion is kept until the protection is lifted")
        void protectedPool() {
            UserPoolType pool = cognito.createUserPool(r -> r.poolName("kept")
                    .deletionProtection(DeletionProtectionType.ACTIVE)).userPool();

            assertRefused(() -> cognito.deleteUserPool(r -> r.userPoolId(pool.id())), InvalidParameterException.class,
                    "The user pool cannot be deleted because deletion protection is activated. Deletion protection "
                            + "must be inactivated first.");

            cognito.updateUserPool(r -> r.userPoolId(pool.id()).deletionProtection(DeletionProtectionType.INACTIVE));
            cognito.deleteUserPool(r -> r.userPoolId(pool.id()));
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknown() {
            assertRefused(() -> cognito.describeUserPool(r -> r.userPoolId("us-east-1_missing2")),
                    ResourceNotFoundException.class, "User pool us-east-1_missing2 does not exist.");
        }
    }

    @Nested
    @DisplayName("when pools are listed")
    class Listing {

        @Test
        @DisplayName("NextToken leads through every pool of the signing region, each once")
        void pages() {
            CognitoIdentityProviderClient paris = server.sdkClient(Region.EU_WEST_3);
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                created.add(paris.createUserPool(r -> r.poolName("paris")).userPool().id());
            }

            List<String> listed = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListUserPoolsResponse page = paris.listUserPools(r -> r.maxResults(2).nextToken(next));
                page.userPools().forEach(p -> assertThat(p.name()).isEqualTo("paris"));
                page.userPools().stream().map(UserPoolDescriptionType::id).forEach(listed::add);
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(pages).isEqualTo(3);
            assertThat(listed).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
            assertThat(paris.listUserPools(r -> r.maxResults(60)).userPools().get(0).creationDate()).isEqualTo(NOW);
        }

        @Test
        @DisplayName("MaxResults outside 1 to 60 is refused")
        void maxResults() {
            assertThatThrownBy(() -> cognito.listUserPools(r -> r.maxResults(61)))
                    .isInstanceOf(InvalidParameterException.class);
        }

        @Test
        @DisplayName("a token that was not issued is refused")
        void badToken() {
            assertThatThrownBy(() -> cognito.listUserPools(r -> r.maxResults(5).nextToken("forged")))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }
}
