package dev.cognitoes.user;

import static dev.cognitoes.user.UserOperationsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.group.api.AdminAddUserToGroupCommand;
import dev.cognitoes.group.api.AdminRemoveUserFromGroupCommand;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.AdminInitiateAuthCommand;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.DeleteUserAttributesCommand;
import dev.cognitoes.user.api.GetUserAttributeVerificationCodeCommand;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.GlobalSignOutCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.SetUserSettingsCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UpdateUserAttributesCommand;
import dev.cognitoes.user.api.UpdateUserAttributesResult;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.user.api.VerifyUserAttributeCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignedInAttributeOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String ALIAS_POOL = "us-east-1_AliasPool1";
    static final String VERIFY_FIRST_POOL = "us-east-1_VerifyFst2";
    static final String APP = "aliasapp";
    static final String NAME_ONLY_APP = "nameonlyapp";
    static final String VERIFY_FIRST_APP = "verifyfirstapp";
    static final String PLAIN_APP = "plainapp";
    static final String UNAUTHORIZED_WRITE = "A client attempted to write unauthorized attribute";

    TestCognito cognito;
    CognitoRuntime runtime;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
        runtime = cognito.runtime;
        UserPoolSettings autoVerifyEmail = TestCognito.settings(Set.of("email"), false);
        cognito.pool(ALIAS_POOL, new SignInSettings(Set.of(), Set.of("email", "phone_number", "preferred_username"),
                false), autoVerifyEmail, List.of());
        cognito.pool(VERIFY_FIRST_POOL, new SignInSettings(Set.of(), Set.of("email"), false),
                new UserPoolSettings(autoVerifyEmail.poolName(), autoVerifyEmail.passwordPolicy(),
                        autoVerifyEmail.allowedFirstAuthFactors(), false, Set.of("email"),
                        autoVerifyEmail.verificationMessageTemplate(), null, Set.of("email"), "OFF",
                        autoVerifyEmail.adminCreateUserConfig(), List.of(), Map.of(), "ESSENTIALS", Map.of()),
                List.of());
        client(ALIAS_POOL, APP, null, null);
        client(ALIAS_POOL, NAME_ONLY_APP, Set.of("name", "email"), Set.of("name"));
        client(VERIFY_FIRST_POOL, VERIFY_FIRST_APP, null, null);
        client(TestCognito.POOL, PLAIN_APP, null, null);
        signUpAndConfirm(APP, ALIAS_POOL, "jane", "jane@example.com");
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    void client(String userPoolId, String clientId, Set<String> read, Set<String> write) {
        AppClientSettings defaults = AppClientSettings.defaults(clientId);
        cognito.ids.nextAppClientId(clientId);
        runtime.send(new CreateUserPoolClientCommand(userPoolId, new AppClientSettings(defaults.clientName(),
                defaults.refreshTokenValidity(), defaults.accessTokenValidity(), defaults.idTokenValidity(), read,
                write, List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH",
                "ALLOW_ADMIN_USER_PASSWORD_AUTH"), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                false, "LEGACY", true, false, 3, Map.of()), false, null));
    }

    void signUpAndConfirm(String clientId, String userPoolId, String username, String email) {
        runtime.send(new SignUpCommand(clientId, null, username, PASSWORD, Map.of("email", email)));
        runtime.send(new ConfirmSignUpCommand(clientId, null, username,
                cognito.lastCode(userPoolId, username, MessageKind.SIGN_UP), false));
    }

    IssuedTokens signIn(String clientId, String name) {
        return runtime.send(new InitiateAuthCommand(clientId, "USER_PASSWORD_AUTH",
                Map.of("USERNAME", name, "PASSWORD", PASSWORD))).tokens().orElseThrow();
    }

    String token(String clientId, String name) {
        return signIn(clientId, name).accessToken();
    }

    UserView user(String userPoolId, String username) {
        return runtime.query(new AdminGetUserQuery(userPoolId, username));
    }

    String verificationCode(String userPoolId, String username) {
        return cognito.lastCode(userPoolId, username, MessageKind.ATTRIBUTE_VERIFICATION);
    }

    static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    @Nested
    @DisplayName("when a signed-in user updates attributes")
    class Updating {

        @Test
        @DisplayName("the values change, and a changed email is unverified, gets a code and no longer signs in")
        void changesValues() {
            String token = token(APP, "jane");

            UpdateUserAttributesResult result = runtime.send(new UpdateUserAttributesCommand(token,
                    Map.of("name", "Jane Doe", "email", "janet@example.com")));

            assertThat(result.codeDeliveryDetailsList()).containsExactly(
                    new CodeDeliveryDetails("j***@e***", DeliveryMedium.EMAIL, "email"));
            assertThat(user(ALIAS_POOL, "jane").attributes()).containsEntry("name", "Jane Doe")
                    .containsEntry("email", "janet@example.com").containsEntry("email_verified", "false");
            assertThat(cognito.messages(ALIAS_POOL, "jane")).last().satisfies(message -> {
                assertThat(message.kind()).isEqualTo(MessageKind.ATTRIBUTE_VERIFICATION);
                assertThat(message.destination()).isEqualTo("janet@example.com");
            });
            assertRefused(() -> signIn(APP, "jane@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
            assertRefused(() -> signIn(APP, "janet@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }

        @Test
        @DisplayName("nothing is due when no verifiable attribute changes")
        void noCodeWithoutEmailChange() {
            UpdateUserAttributesResult result = runtime.send(new UpdateUserAttributesCommand(token(APP, "jane"),
                    Map.of("name", "Jane")));

            assertThat(result.codeDeliveryDetailsList()).isEmpty();
        }

        @Test
        @DisplayName("attributes outside the client's WriteAttributes, verification flags and sub are refused")
        void unauthorizedWrites() {
            String limited = token(NAME_ONLY_APP, "jane");
            String open = token(APP, "jane");

            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(limited, Map.of("family_name", "Doe"))),
                    CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(open, Map.of("email_verified", "true"))),
                    CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(open,
                    Map.of("phone_number_verified", "true"))), CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(open, Map.of("sub", "mine"))),
                    CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(open, Map.of("custom:nope", "x"))),
                    CognitoError.INVALID_PARAMETER, "user.custom:nope: Attribute does not exist in the schema.");
            runtime.send(new UpdateUserAttributesCommand(limited, Map.of("name", "Jane")));
            assertThat(user(ALIAS_POOL, "jane").attributes()).containsEntry("name", "Jane")
                    .containsEntry("email_verified", "true").doesNotContainKey("family_name");
        }

        @Test
        @DisplayName("developer-only attributes are refused")
        void developerOnly() {
            signUpAndConfirm(PLAIN_APP, TestCognito.POOL, "kim", "kim@example.com");

            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(token(PLAIN_APP, "kim"),
                    Map.of("dev:custom:internal", "x"))), CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
        }

        @Test
        @DisplayName("a revoked access token changes nothing")
        void revokedToken() {
            String token = token(APP, "jane");
            runtime.send(new GlobalSignOutCommand(token));

            assertRefused(() -> runtime.send(new UpdateUserAttributesCommand(token, Map.of("name", "X"))),
                    CognitoError.NOT_AUTHORIZED, "Access Token has been revoked");
            assertThat(user(ALIAS_POOL, "jane").attributes()).doesNotContainKey("name");
        }
    }

    @Nested
    @DisplayName("when a signed-in user deletes attributes")
    class Deleting {

        @Test
        @DisplayName("writable attributes go, others are refused")
        void deletes() {
            runtime.send(new UpdateUserAttributesCommand(token(APP, "jane"), Map.of("name", "Jane",
                    "family_name", "Doe")));

            runtime.send(new DeleteUserAttributesCommand(token(NAME_ONLY_APP, "jane"), List.of("name")));

            assertThat(user(ALIAS_POOL, "jane").attributes()).doesNotContainKey("name")
                    .containsEntry("family_name", "Doe");
            assertRefused(() -> runtime.send(new DeleteUserAttributesCommand(token(NAME_ONLY_APP, "jane"),
                    List.of("family_name"))), CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
        }
    }

    @Nested
    @DisplayName("when a signed-in user verifies an attribute")
    class Verifying {

        @Test
        @DisplayName("the code makes the email verified and the alias signs in")
        void verifiesAndClaimsTheAlias() {
            String token = token(APP, "jane");
            runtime.send(new UpdateUserAttributesCommand(token, Map.of("email", "janet@example.com")));

            CodeDeliveryDetails delivery = runtime.send(new GetUserAttributeVerificationCodeCommand(token, "email"))
                    .codeDeliveryDetails();
            runtime.send(new VerifyUserAttributeCommand(token, "email", verificationCode(ALIAS_POOL, "jane")));

            assertThat(delivery).isEqualTo(new CodeDeliveryDetails("j***@e***", DeliveryMedium.EMAIL, "email"));
            assertThat(user(ALIAS_POOL, "jane").attributes()).containsEntry("email_verified", "true");
            assertThat(claims(signIn(APP, "JANET@example.com").idToken()).getClaim("cognito:username"))
                    .isEqualTo("jane");
        }

        @Test
        @DisplayName("the code sent by UpdateUserAttributes verifies too, once")
        void updateCodeVerifies() {
            String token = token(APP, "jane");
            runtime.send(new UpdateUserAttributesCommand(token, Map.of("email", "janet@example.com")));
            String code = verificationCode(ALIAS_POOL, "jane");

            runtime.send(new VerifyUserAttributeCommand(token, "email", code));

            assertThat(user(ALIAS_POOL, "jane").attributes()).containsEntry("email_verified", "true");
            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "email", code)),
                    CognitoError.EXPIRED_CODE, "Invalid code provided, please request a code again.");
        }

        @Test
        @DisplayName("an email another user holds as alias is refused with AliasExistsException")
        void aliasTaken() {
            signUpAndConfirm(APP, ALIAS_POOL, "kim", "kim@example.com");
            String token = token(APP, "jane");
            runtime.send(new UpdateUserAttributesCommand(token, Map.of("email", "kim@example.com")));

            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "email",
                    verificationCode(ALIAS_POOL, "jane"))), CognitoError.ALIAS_EXISTS,
                    "An account with the given email already exists.");
            assertThat(user(ALIAS_POOL, "jane").attributes()).containsEntry("email_verified", "false");
            assertThat(claims(signIn(APP, "kim@example.com").idToken()).getClaim("cognito:username"))
                    .isEqualTo("kim");
        }

        @Test
        @DisplayName("a wrong code, another attribute or a missing value is refused")
        void refusals() {
            String token = token(APP, "jane");
            runtime.send(new GetUserAttributeVerificationCodeCommand(token, "email"));

            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "email", "000000")),
                    CognitoError.CODE_MISMATCH, "Invalid verification code provided, please try again.");
            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "name", "000000")),
                    CognitoError.INVALID_PARAMETER,
                    "Invalid attribute name. Only phone_number and email can be verified.");
            assertRefused(() -> runtime.send(new GetUserAttributeVerificationCodeCommand(token, "name")),
                    CognitoError.INVALID_PARAMETER,
                    "Invalid attribute name. Only phone_number and email can be verified.");
            assertRefused(() -> runtime.send(new GetUserAttributeVerificationCodeCommand(token, "phone_number")),
                    CognitoError.INVALID_PARAMETER, "User does not have a valid registered phone number");
            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "phone_number", "000000")),
                    CognitoError.INVALID_PARAMETER, "Unable to verify attribute: phone_number no value set to verify");
        }

        @Test
        @DisplayName("after five wrong codes even the right one waits")
        void attemptLimit() {
            String token = token(APP, "jane");
            runtime.send(new GetUserAttributeVerificationCodeCommand(token, "email"));
            String code = verificationCode(ALIAS_POOL, "jane");
            for (int i = 0; i < 5; i++) {
                assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "email", "000000")),
                        CognitoError.CODE_MISMATCH, "Invalid verification code provided, please try again.");
            }

            assertRefused(() -> runtime.send(new VerifyUserAttributeCommand(token, "email", code)),
                    CognitoError.LIMIT_EXCEEDED, "Attempt limit exceeded, please try after some time.");
        }

        @Test
        @DisplayName("with verification before update, the new email waits for its code and then takes over")
        void pendingValue() {
            signUpAndConfirm(VERIFY_FIRST_APP, VERIFY_FIRST_POOL, "ann", "ann@example.com");
            String token = token(VERIFY_FIRST_APP, "ann");

            UpdateUserAttributesResult result = runtime.send(new UpdateUserAttributesCommand(token,
                    Map.of("email", "anna@example.com")));

            assertThat(result.codeDeliveryDetailsList()).extracting(CodeDeliveryDetails::destination)
                    .containsExactly("a***@e***");
            assertThat(user(VERIFY_FIRST_POOL, "ann").attributes()).containsEntry("email", "ann@example.com")
                    .containsEntry("email_verified", "true");
            assertThat(runtime.send(new GetUserAttributeVerificationCodeCommand(token, "email"))
                    .codeDeliveryDetails().destination()).isEqualTo("a***@e***");
            assertThat(cognito.messages(VERIFY_FIRST_POOL, "ann")).last()
                    .extracting(message -> message.destination()).isEqualTo("anna@example.com");
            signIn(VERIFY_FIRST_APP, "ann@example.com");

            runtime.send(new VerifyUserAttributeCommand(token, "email", verificationCode(VERIFY_FIRST_POOL, "ann")));

            UserView ann = user(VERIFY_FIRST_POOL, "ann");
            assertThat(ann.attributes()).containsEntry("email", "anna@example.com")
                    .containsEntry("email_verified", "true");
            assertThat(ann.pendingAttributes()).isEmpty();
            assertThat(claims(signIn(VERIFY_FIRST_APP, "anna@example.com").idToken()).getClaim("email"))
                    .isEqualTo("anna@example.com");
            assertRefused(() -> signIn(VERIFY_FIRST_APP, "ann@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when a signed-in user reads or sets their own settings")
    class Reading {

        @Test
        @DisplayName("GetUser shows only what the client may read, sub always")
        void readAttributes() {
            runtime.send(new UpdateUserAttributesCommand(token(APP, "jane"), Map.of("name", "Jane",
                    "family_name", "Doe")));

            UserView limited = runtime.query(new GetUserQuery(token(NAME_ONLY_APP, "jane")));
            UserView open = runtime.query(new GetUserQuery(token(APP, "jane")));

            assertThat(limited.attributes()).containsOnlyKeys("sub", "name", "email");
            assertThat(open.attributes()).containsKeys("sub", "name", "family_name", "email", "email_verified");
        }

        @Test
        @DisplayName("SetUserSettings records the legacy MFA options AdminGetUser and GetUser show")
        void setUserSettings() {
            runtime.send(new UpdateUserAttributesCommand(token(APP, "jane"), Map.of("phone_number", "+15550100")));
            List<MfaOption> options = List.of(new MfaOption(DeliveryMedium.SMS, "phone_number"));

            runtime.send(new SetUserSettingsCommand(token(APP, "jane"), options));

            assertThat(user(ALIAS_POOL, "jane").mfaOptions()).isEqualTo(options);
            assertThat(runtime.query(new GetUserQuery(token(APP, "jane"))).mfaOptions()).isEqualTo(options);
            assertRefused(() -> runtime.send(new SetUserSettingsCommand(token(APP, "jane"),
                            List.of(new MfaOption(DeliveryMedium.EMAIL, "email")))), CognitoError.INVALID_PARAMETER,
                    User.MFA_OPTION_NOT_SUPPORTED);
        }
    }

    @Nested
    @DisplayName("when a user signs in with an alias")
    class AliasSignIn {

        @Test
        @DisplayName("a verified email in any case, or the preferred username, signs in as the user")
        void verifiedAliases() {
            runtime.send(new UpdateUserAttributesCommand(token(APP, "jane"), Map.of("preferred_username", "jd")));

            for (String name : List.of("jane@example.com", "Jane@Example.COM", "jd", "JD")) {
                assertThat(claims(signIn(APP, name).accessToken()).getClaim("username")).isEqualTo("jane");
            }
            IssuedTokens admin = runtime.send(new AdminInitiateAuthCommand(ALIAS_POOL, APP,
                    "ADMIN_USER_PASSWORD_AUTH", Map.of("USERNAME", "JANE@example.com", "PASSWORD", PASSWORD)))
                    .tokens().orElseThrow();
            assertThat(claims(admin.idToken()).getClaim("cognito:username")).isEqualTo("jane");
        }

        @Test
        @DisplayName("SRP names the real username as USER_ID_FOR_SRP and completes with it")
        void srp() {
            SrpTestClient srp = new SrpTestClient(ALIAS_POOL);
            SignInResult challenge = runtime.send(new InitiateAuthCommand(APP, "USER_SRP_AUTH",
                    Map.of("USERNAME", "jane@example.com", "SRP_A", srp.srpA())));

            assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "jane");
            IssuedTokens tokens = runtime.send(new RespondToAuthChallengeCommand(APP, "PASSWORD_VERIFIER",
                    challenge.session(), srp.respond(challenge.challengeParameters(), PASSWORD,
                            cognito.clock.instant()))).tokens().orElseThrow();
            assertThat(claims(tokens.idToken()).getClaim("cognito:username")).isEqualTo("jane");
        }

        @Test
        @DisplayName("an email that is not verified signs nobody in")
        void unverifiedEmail() {
            runtime.send(new SignUpCommand(APP, null, "kim", PASSWORD, Map.of("email", "kim@example.com")));

            assertRefused(() -> signIn(APP, "kim@example.com"), CognitoError.USER_NOT_FOUND, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when the user is a member of groups")
    class Groups {

        void group(String name, String role, Integer precedence) {
            runtime.send(new CreateGroupCommand(ALIAS_POOL, name, null, role, precedence));
        }

        void join(String name) {
            runtime.send(new AdminAddUserToGroupCommand(ALIAS_POOL, "jane", name));
        }

        @Test
        @DisplayName("ID tokens carry groups by precedence, their roles and the preferred role; access tokens the groups")
        void claims() {
            group("readers", "arn:aws:iam::123456789012:role/Reader", 5);
            group("admins", "arn:aws:iam::123456789012:role/Admin", 1);
            group("everyone", null, null);
            group("staff", null, 0);
            List.of("readers", "everyone", "admins", "staff").forEach(this::join);

            IssuedTokens tokens = signIn(APP, "jane");

            JWTClaimsSet id = SignedInAttributeOperationsTest.claims(tokens.idToken());
            assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("staff", "admins", "readers", "everyone"));
            assertThat(id.getClaim("cognito:roles")).isEqualTo(List.of("arn:aws:iam::123456789012:role/Admin",
                    "arn:aws:iam::123456789012:role/Reader"));
            assertThat(id.getClaim("cognito:preferred_role")).isEqualTo("arn:aws:iam::123456789012:role/Admin");
            JWTClaimsSet access = SignedInAttributeOperationsTest.claims(tokens.accessToken());
            assertThat(access.getClaim("cognito:groups")).isEqualTo(List.of("staff", "admins", "readers",
                    "everyone"));
            assertThat(access.getClaims()).doesNotContainKeys("cognito:roles", "cognito:preferred_role");
        }

        @Test
        @DisplayName("a user in no group gets no group claims")
        void noGroups() {
            IssuedTokens tokens = signIn(APP, "jane");

            assertThat(SignedInAttributeOperationsTest.claims(tokens.idToken()).getClaims())
                    .doesNotContainKeys("cognito:groups", "cognito:roles", "cognito:preferred_role");
            assertThat(SignedInAttributeOperationsTest.claims(tokens.accessToken()).getClaims())
                    .doesNotContainKey("cognito:groups");
        }

        @Test
        @DisplayName("refreshed tokens carry the groups of the moment of refresh")
        void refresh() {
            group("admins", "arn:aws:iam::123456789012:role/Admin", 1);
            join("admins");
            IssuedTokens tokens = signIn(APP, "jane");
            runtime.send(new AdminRemoveUserFromGroupCommand(ALIAS_POOL, "jane", "admins"));
            group("readers", null, 2);
            join("readers");

            IssuedTokens refreshed = runtime.send(new InitiateAuthCommand(APP, "REFRESH_TOKEN_AUTH",
                    Map.of("REFRESH_TOKEN", tokens.refreshToken().orElseThrow().token()))).tokens().orElseThrow();

            JWTClaimsSet id = SignedInAttributeOperationsTest.claims(refreshed.idToken());
            assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("readers"));
            assertThat(id.getClaims()).doesNotContainKeys("cognito:roles", "cognito:preferred_role");
        }
    }
}
