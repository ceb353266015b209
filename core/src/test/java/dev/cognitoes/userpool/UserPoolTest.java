package dev.cognitoes.userpool;

import static dev.cognitoes.shared.CognitoError.INVALID_PARAMETER;
import static dev.cognitoes.shared.CognitoError.RESOURCE_NOT_FOUND;
import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.testkit.ReversibleSecretSealer;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.userpool.api.AdminCreateUserConfig;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.MessageTemplate;
import dev.cognitoes.userpool.api.PasswordPolicy;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.SigningPublicKey;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolSettingsChangedEvent;
import dev.cognitoes.userpool.api.UserPoolSigningKeyCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolView;
import dev.cognitoes.userpool.api.VerificationMessageTemplate;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserPoolTest {

    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
    static final String POOL_ID = "eu-west-1_" + SequentialIdGenerator.poolSuffix(1);
    static final String ARN = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/" + POOL_ID;
    static final AccountSettings ACCOUNT = new AccountSettings("123456789012", "eu-west-1");
    static final UserPoolSettings DEFAULTS = UserPoolSettings.defaults("pool");

    AggregateTestFixture<UserPool> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(UserPool.class);
        fixture.registerInjectableResource(new SequentialIdGenerator());
        fixture.registerInjectableResource(ACCOUNT);
        fixture.registerInjectableResource(Clock.fixed(CREATED, ZoneOffset.UTC));
        fixture.registerInjectableResource(new FixedSigningKeys());
        fixture.registerInjectableResource(new ReversibleSecretSealer());
    }

    static final PoolSigningKey ID_KEY = PoolKeys.signingKey(TokenUse.ID, FixedSigningKeys.pair(0),
            new ReversibleSecretSealer(), CREATED);
    static final PoolSigningKey ACCESS_KEY = PoolKeys.signingKey(TokenUse.ACCESS, FixedSigningKeys.pair(1),
            new ReversibleSecretSealer(), CREATED);

    static UserPoolSigningKeyCreatedEvent keyCreated(PoolSigningKey key) {
        return new UserPoolSigningKeyCreatedEvent(POOL_ID, key.signs(), key.publicKey(), key.sealedPrivateKey(),
                CREATED);
    }

    static UserPoolCreatedEvent created(UserPoolSettings settings) {
        return new UserPoolCreatedEvent(POOL_ID, ARN, SignInSettings.DEFAULT, PoolSchema.STANDARD, settings, CREATED);
    }

    static CreateUserPoolCommand create(SignInSettings signIn, List<SchemaAttributeDeclaration> schema) {
        return new CreateUserPoolCommand("eu-west-1", signIn, schema, DEFAULTS);
    }

    static UserPoolSettings withAutoVerified(Set<String> autoVerified, Set<String> requireVerification) {
        UserPoolSettings d = DEFAULTS;
        return new UserPoolSettings(d.poolName(), d.passwordPolicy(), d.allowedFirstAuthFactors(),
                d.deletionProtection(), autoVerified, d.verificationMessageTemplate(), d.smsAuthenticationMessage(),
                requireVerification, d.mfaConfiguration(), d.adminCreateUserConfig(), d.accountRecovery(), d.tags(),
                d.userPoolTier(), d.additionalSettings());
    }

    static UserPoolSettings protectedSettings(boolean deletionProtection) {
        UserPoolSettings d = DEFAULTS;
        return new UserPoolSettings(d.poolName(), d.passwordPolicy(), d.allowedFirstAuthFactors(),
                deletionProtection, d.autoVerifiedAttributes(), d.verificationMessageTemplate(),
                d.smsAuthenticationMessage(), d.attributesRequireVerificationBeforeUpdate(), d.mfaConfiguration(),
                d.adminCreateUserConfig(), d.accountRecovery(), d.tags(), d.userPoolTier(), d.additionalSettings());
    }

    @Nested
    @DisplayName("when a pool is created, its signing keys")
    class SigningKeys {

        @Test
        @DisplayName("are one RS256 key for ID tokens and one for access tokens, each named by its thumbprint")
        void oneKeyPerTokenKind() throws Exception {
            RSAKey idPair = rsaKey(FixedSigningKeys.pair(0));
            RSAKey accessPair = rsaKey(FixedSigningKeys.pair(1));

            assertThat(ID_KEY.signs()).isEqualTo(TokenUse.ID);
            assertThat(ACCESS_KEY.signs()).isEqualTo(TokenUse.ACCESS);
            assertThat(ID_KEY.publicKey()).isEqualTo(SigningPublicKey.rs256(
                    Base64.getEncoder().encodeToString(idPair.computeThumbprint("SHA-256").decode()),
                    idPair.getModulus().toString(), idPair.getPublicExponent().toString()));
            assertThat(ACCESS_KEY.kid()).isNotEqualTo(ID_KEY.kid())
                    .isEqualTo(Base64.getEncoder().encodeToString(accessPair.computeThumbprint("SHA-256").decode()));
        }

        @Test
        @DisplayName("keep the private key only sealed, as a JWK that unseals to the generated key")
        void privateKeySealed() throws Exception {
            RSAKey generated = rsaKey(FixedSigningKeys.pair(0));
            String sealed = ID_KEY.sealedPrivateKey().ciphertext();

            RSAKey unsealed = RSAKey.parse(new ReversibleSecretSealer().unseal(ID_KEY.sealedPrivateKey()));

            assertThat(unsealed.toRSAPrivateKey()).isEqualTo(FixedSigningKeys.pair(0).getPrivate());
            assertThat(unsealed.getKeyID()).isEqualTo(ID_KEY.kid());
            assertThat(sealed).doesNotContain(generated.getPrivateExponent().toString(),
                    generated.getFirstPrimeFactor().toString(), generated.getSecondPrimeFactor().toString());
        }

        @Test
        @DisplayName("are what the pool's view lists, the newest of each kind signing")
        void listedInView() {
            UserPoolView pool = new UserPoolView(POOL_ID, ARN, SignInSettings.DEFAULT, PoolSchema.STANDARD, DEFAULTS,
                    CREATED, CREATED).withSigningKey(ID_KEY).withSigningKey(ACCESS_KEY);

            assertThat(pool.signingKey(TokenUse.ID)).contains(ID_KEY);
            assertThat(pool.signingKey(TokenUse.ACCESS)).contains(ACCESS_KEY);
            assertThat(pool.withSigningKey(PoolKeys.signingKey(TokenUse.ID, FixedSigningKeys.pair(2),
                    new ReversibleSecretSealer(), CREATED)).signingKey(TokenUse.ID).orElseThrow().kid())
                    .isNotEqualTo(ID_KEY.kid());
        }

        static RSAKey rsaKey(KeyPair pair) {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
        }
    }

    @Nested
    @DisplayName("when a pool is created")
    class Creating {

        @Test
        @DisplayName("it gets an id in its region, an ARN of the account and Cognito's standard attributes")
        void createsWithStandardSchema() {
            fixture.givenNoPriorActivity()
                    .when(CreateUserPoolCommand.withDefaults("eu-west-1", "pool"))
                    .expectEvents(created(DEFAULTS), keyCreated(ID_KEY), keyCreated(ACCESS_KEY))
                    .expectResultMessagePayload(new UserPoolView(POOL_ID, ARN, SignInSettings.DEFAULT,
                            PoolSchema.STANDARD, DEFAULTS, CREATED, CREATED, List.of(ID_KEY, ACCESS_KEY)));
        }

        @Test
        @DisplayName("declared standard attributes change in place and custom ones follow with their prefixes")
        void mergesDeclaredAttributes() {
            List<SchemaAttributeDeclaration> declared = List.of(
                    new SchemaAttributeDeclaration("email", null, null, false, true, null, null, null, null),
                    new SchemaAttributeDeclaration("team", AttributeDataType.STRING, null, null, null, "2", "40",
                            null, null),
                    new SchemaAttributeDeclaration("level", AttributeDataType.NUMBER, true, false, false, null, null,
                            "1", "9"));
            List<SchemaAttribute> expected = new ArrayList<>();
            for (SchemaAttribute standard : PoolSchema.STANDARD) {
                expected.add(standard.name().equals("email")
                        ? new SchemaAttribute("email", AttributeDataType.STRING, false, false, true, 0, 2048, null,
                                null)
                        : standard);
            }
            expected.add(new SchemaAttribute("custom:team", AttributeDataType.STRING, false, true, false, 2, 40,
                    null, null));
            expected.add(new SchemaAttribute("dev:custom:level", AttributeDataType.NUMBER, true, false, false, null,
                    null, 1L, 9L));

            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, declared))
                    .expectEvents(new UserPoolCreatedEvent(POOL_ID, ARN, SignInSettings.DEFAULT, expected, DEFAULTS,
                            CREATED), keyCreated(ID_KEY), keyCreated(ACCESS_KEY));
        }

        @Test
        @DisplayName("the standard attributes are those DescribeUserPool shows, with their types and limits")
        void standardAttributes() {
            assertThat(PoolSchema.STANDARD).extracting(SchemaAttribute::name).containsExactly("sub", "name",
                    "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile",
                    "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale",
                    "phone_number", "phone_number_verified", "address", "updated_at");
            assertThat(PoolSchema.STANDARD.get(0)).isEqualTo(new SchemaAttribute("sub", AttributeDataType.STRING,
                    false, false, true, 1, 2048, null, null));
            assertThat(PoolSchema.STANDARD.get(13)).isEqualTo(new SchemaAttribute("birthdate",
                    AttributeDataType.STRING, false, true, false, 10, 10, null, null));
            assertThat(PoolSchema.STANDARD.get(11).dataType()).isEqualTo(AttributeDataType.BOOLEAN);
            assertThat(PoolSchema.STANDARD.get(19)).isEqualTo(new SchemaAttribute("updated_at",
                    AttributeDataType.NUMBER, false, true, false, null, null, 0L, null));
        }

        @Test
        @DisplayName("username attributes together with alias attributes are refused")
        void refusesUsernameAndAliasAttributes() {
            fixture.givenNoPriorActivity()
                    .when(create(new SignInSettings(Set.of("email"), Set.of("preferred_username"), true), List.of()))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool."));
        }

        @Test
        @DisplayName("a required custom attribute is refused")
        void refusesRequiredCustomAttribute() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("team",
                            AttributeDataType.STRING, null, null, true, null, null, null, null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Required custom attributes are not supported currently."));
        }

        @Test
        @DisplayName("a custom attribute without a data type is refused")
        void refusesUntypedCustomAttribute() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(SchemaAttributeDeclaration.of("team", null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Invalid AttributeDataType input, consider using the provided AttributeDataType enum."));
        }

        @Test
        @DisplayName("an attribute declared twice is refused")
        void refusesDuplicateAttribute() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(
                            SchemaAttributeDeclaration.of("team", AttributeDataType.STRING),
                            SchemaAttributeDeclaration.of("team", AttributeDataType.NUMBER))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "custom:team: Existing attribute already has name custom:team."));
        }

        @Test
        @DisplayName("changing the type of a standard attribute is refused")
        void refusesRetypedStandardAttribute() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT,
                            List.of(SchemaAttributeDeclaration.of("email", AttributeDataType.NUMBER))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "You can not change AttributeDataType or set "
                            + "developerOnlyAttribute for standard schema attribute email"));
        }

        @Test
        @DisplayName("a developer-only standard attribute is refused")
        void refusesDeveloperOnlyStandardAttribute() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("name", null, true,
                            null, null, null, null, null, null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "You can not change AttributeDataType or set "
                            + "developerOnlyAttribute for standard schema attribute name"));
        }

        @Test
        @DisplayName("a custom attribute name longer than 20 characters is refused")
        void refusesLongCustomName() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT,
                            List.of(SchemaAttributeDeclaration.of("a".repeat(21), AttributeDataType.STRING))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "1 validation error detected: Value '"
                            + "a".repeat(21) + "' at 'schema.1.member.name' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 20"));
        }

        @Test
        @DisplayName("more than 50 declared attributes are refused")
        void refusesTooManyAttributes() {
            List<SchemaAttributeDeclaration> declared = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                declared.add(SchemaAttributeDeclaration.of("attr" + i, AttributeDataType.STRING));
            }
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, declared))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "1 validation error detected: Value at "
                            + "'schema' failed to satisfy constraint: Member must have length less than or equal "
                            + "to 50"));
        }

        @Test
        @DisplayName("a string limit above 2048 is refused")
        void refusesLongStringLimit() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("team",
                            AttributeDataType.STRING, null, null, null, "0", "4096", null, null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "user.custom:team: String attributes cannot have a length of more than 2048"));
        }

        @Test
        @DisplayName("a maximum length below the minimum is refused")
        void refusesInvertedLengths() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("team",
                            AttributeDataType.STRING, null, null, null, "9", "3", null, null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "user.custom:team: Max length cannot be less than min length."));
        }

        @Test
        @DisplayName("a maximum value below the minimum is refused")
        void refusesInvertedValues() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("level",
                            AttributeDataType.NUMBER, null, null, null, null, null, "9", "3"))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "user.custom:level: Max value cannot be less than min value."));
        }

        @Test
        @DisplayName("a limit that is not a number is refused")
        void refusesNonNumericLimit() {
            fixture.givenNoPriorActivity()
                    .when(create(SignInSettings.DEFAULT, List.of(new SchemaAttributeDeclaration("team",
                            AttributeDataType.STRING, null, null, null, "one", null, null, null))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER,
                            "Invalid StringAttributeConstraints for schema attribute custom:team"));
        }

        @Test
        @DisplayName("attributes kept until verified must be auto-verified")
        void refusesVerificationOfUnverifiedAttribute() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                            withAutoVerified(Set.of("phone_number"), Set.of("email"))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "All attributes in "
                            + "AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes"));
        }

        @Test
        @DisplayName("a region that is not one is refused")
        void refusesBadRegion() {
            fixture.givenNoPriorActivity()
                    .when(CreateUserPoolCommand.withDefaults("moon", "pool"))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "The region 'moon' is not a valid AWS region."));
        }
    }

    @Nested
    @DisplayName("when a pool is updated")
    class Updating {

        final UserPoolSettings changed = new UserPoolSettings("renamed",
                new PasswordPolicy(12, false, true, false, true, 3, 2), List.of("PASSWORD", "EMAIL_OTP"), true,
                Set.of("email"), new VerificationMessageTemplate("sms {####}", "mail {####}", "subject", null, null,
                VerificationMessageTemplate.DefaultEmailOption.CONFIRM_WITH_CODE), "auth {####}",
                Set.of("email"), "OPTIONAL", new AdminCreateUserConfig(true, 2,
                new MessageTemplate("hi {username} {####}", null, null)),
                List.of(new RecoveryOption("verified_email", 1)), Map.of("team", "id"), "PLUS",
                Map.of("LambdaConfig", Map.of("PreSignUp", "arn:aws:lambda:eu-west-1:123456789012:function:f")));

        @Test
        @DisplayName("its settings are replaced as a whole and its modification date moves")
        void replacesSettings() {
            fixture.given(created(DEFAULTS))
                    .when(new UpdateUserPoolCommand(POOL_ID, changed))
                    .expectEvents(new UserPoolSettingsChangedEvent(POOL_ID, changed, CREATED))
                    .expectResultMessagePayload(new UserPoolView(POOL_ID, ARN, SignInSettings.DEFAULT,
                            PoolSchema.STANDARD, changed, CREATED, CREATED));
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            fixture.givenNoPriorActivity()
                    .when(new UpdateUserPoolCommand("eu-west-1_missing", changed))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool eu-west-1_missing does not exist."));
        }

        @Test
        @DisplayName("a deleted pool is not found")
        void deletedPool() {
            fixture.given(created(DEFAULTS), new UserPoolDeletedEvent(POOL_ID, CREATED))
                    .when(new UpdateUserPoolCommand(POOL_ID, changed))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool " + POOL_ID + " does not exist."));
        }

        @Test
        @DisplayName("attributes kept until verified must be auto-verified")
        void refusesVerificationOfUnverifiedAttribute() {
            fixture.given(created(DEFAULTS))
                    .when(new UpdateUserPoolCommand(POOL_ID, withAutoVerified(Set.of(), Set.of("email"))))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "All attributes in "
                            + "AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes"));
        }
    }

    @Nested
    @DisplayName("when a pool is deleted")
    class Deleting {

        @Test
        @DisplayName("an unprotected pool is deleted")
        void deletes() {
            fixture.given(created(DEFAULTS))
                    .when(new DeleteUserPoolCommand(POOL_ID))
                    .expectEvents(new UserPoolDeletedEvent(POOL_ID, CREATED));
        }

        @Test
        @DisplayName("a pool protected against deletion is kept")
        void refusesProtectedPool() {
            fixture.given(created(protectedSettings(true)))
                    .when(new DeleteUserPoolCommand(POOL_ID))
                    .expectNoEvents()
                    .expectException(cognitoError(INVALID_PARAMETER, "The user pool cannot be deleted because "
                            + "deletion protection is activated. Deletion protection must be inactivated first."));
        }

        @Test
        @DisplayName("a pool whose protection was lifted is deleted")
        void deletesOnceUnprotected() {
            fixture.given(created(protectedSettings(true)),
                            new UserPoolSettingsChangedEvent(POOL_ID, protectedSettings(false), CREATED))
                    .when(new DeleteUserPoolCommand(POOL_ID))
                    .expectEvents(new UserPoolDeletedEvent(POOL_ID, CREATED));
        }

        @Test
        @DisplayName("a pool deleted before is not found")
        void deletedTwice() {
            fixture.given(created(DEFAULTS), new UserPoolDeletedEvent(POOL_ID, CREATED))
                    .when(new DeleteUserPoolCommand(POOL_ID))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool " + POOL_ID + " does not exist."));
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            fixture.givenNoPriorActivity()
                    .when(new DeleteUserPoolCommand("eu-west-1_missing"))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "User pool eu-west-1_missing does not exist."));
        }
    }
}
