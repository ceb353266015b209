package dev.cognitoes.http.user;

import static dev.cognitoes.http.user.AttributeOperationsTest.assertRefused;
import static dev.cognitoes.http.user.AttributeOperationsTest.attribute;
import static dev.cognitoes.http.user.AttributeOperationsTest.byName;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class SignedInUserOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String UNAUTHORIZED_WRITE = "A client attempted to write unauthorized attribute";
    static final String NOT_VERIFIABLE = "Invalid attribute name. Only phone_number and email can be verified.";
    static final String CODE_MISMATCH = "Invalid verification code provided, please try again.";
    static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/Admin";
    static final String READER_ROLE = "arn:aws:iam::123456789012:role/Reader";

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    String client;
    String nameOnlyClient;

    @BeforeEach
    void aliasPoolWithJane() {
        poolId = cognito.createUserPool(r -> r.poolName("self-service")
                .aliasAttributes(AliasAttributeType.EMAIL, AliasAttributeType.PREFERRED_USERNAME)
                .usernameConfiguration(u -> u.caseSensitive(false))
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                        ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH)).userPoolClient().clientId();
        nameOnlyClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("limited")
                .readAttributes("name", "email").writeAttributes("name")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        signUpAndConfirm("jane", "jane@example.com");
    }

    void signUpAndConfirm(String username, String email) {
        cognito.signUp(r -> r.clientId(client).username(username).password(PASSWORD)
                .userAttributes(attribute("email", email)));
        cognito.confirmSignUp(r -> r.clientId(client).username(username)
                .confirmationCode(server.lastCode(poolId, username, "SIGN_UP")));
    }

    AuthenticationResultType signIn(String clientId, String name) {
        return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", name, "PASSWORD", PASSWORD))).authenticationResult();
    }

    String token() {
        return signIn(client, "jane").accessToken();
    }

    Map<String, String> attributesOf(String username) {
        return byName(cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes());
    }

    String verificationCode() {
        return server.lastCode(poolId, "jane", "ATTRIBUTE_VERIFICATION");
    }

    static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    @Nested
    @DisplayName("when a signed-in user changes attributes")
    class ChangingAttributes {

        @Test
        @DisplayName("UpdateUserAttributes answers where the code for the new email went")
        void update() {
            UpdateUserAttributesResponse response = cognito.updateUserAttributes(r -> r.accessToken(token())
                    .userAttributes(attribute("email", "janet@example.com"), attribute("name", "Jane")));

            assertThat(response.codeDeliveryDetailsList()).containsExactly(CodeDeliveryDetailsType.builder()
                    .destination("j***@e***").deliveryMedium(DeliveryMediumType.EMAIL).attributeName("email")
                    .build());
            assertThat(attributesOf("jane")).containsEntry("email", "janet@example.com")
                    .containsEntry("email_verified", "false").containsEntry("name", "Jane");
            assertRefused(() -> signIn(client, "jane@example.com"), UserNotFoundException.class,
                    "User does not exist.");
        }

        @Test
        @DisplayName("the wire answer of an update without codes has an empty CodeDeliveryDetailsList")
        void wireShape() {
            WireResponse response = server.call("UpdateUserAttributes", "{\"AccessToken\":\"" + token()
                    + "\",\"UserAttributes\":[{\"Name\":\"name\",\"Value\":\"Jane\"}]}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("CodeDeliveryDetailsList").isArray()).isTrue();
            assertThat(response.body().path("CodeDeliveryDetailsList")).isEmpty();
        }

        @Test
        @DisplayName("verification flags, attributes the client may not write and unknown attributes are refused")
        void refusals() {
            String token = token();
            String limited = signIn(nameOnlyClient, "jane").accessToken();

            assertRefused(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
                    .userAttributes(attribute("email_verified", "true"))), NotAuthorizedException.class,
                    UNAUTHORIZED_WRITE);
            assertRefused(() -> cognito.updateUserAttributes(r -> r.accessToken(limited)
                    .userAttributes(attribute("family_name", "Doe"))), NotAuthorizedException.class,
                    UNAUTHORIZED_WRITE);
            assertRefused(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
                    .userAttributes(attribute("custom:nope", "x"))), InvalidParameterException.class,
                    "user.custom:nope: Attribute does not exist in the schema.");
            assertRefused(() -> cognito.deleteUserAttributes(r -> r.accessToken(limited)
                    .userAttributeNames("family_name")), NotAuthorizedException.class, UNAUTHORIZED_WRITE);
            assertRefused(() -> cognito.updateUserAttributes(r -> r.accessToken("not.a.token")
                    .userAttributes(attribute("name", "x"))), NotAuthorizedException.class, "Invalid Access Token");
        }

        @Test
        @DisplayName("DeleteUserAttributes removes an attribute")
        void delete() {
            String token = token();
            cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("name", "Jane")));

            cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("name"));

            assertThat(attributesOf("jane")).doesNotContainKey("name");
        }
    }

    @Nested
    @DisplayName("when a signed-in user verifies an email address")
    class Verifying {

        @Test
        @DisplayName("the code from GetUserAttributeVerificationCode verifies it, and the new alias signs in")
        void verifies() {
            String token = token();
            cognito.updateUserAttributes(r -> r.accessToken(token)
                    .userAttributes(attribute("email", "janet@example.com")));

            CodeDeliveryDetailsType delivery = cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
                    .attributeName("email")).codeDeliveryDetails();
            cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(verificationCode()));

            assertThat(delivery.destination()).isEqualTo("j***@e***");
            assertThat(delivery.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
            assertThat(attributesOf("jane")).containsEntry("email_verified", "true");
            assertThat(claims(signIn(client, "JANET@example.com").idToken()).getClaim("cognito:username"))
                    .isEqualTo("jane");
        }

        @Test
        @DisplayName("wrong, used and unverifiable codes and attributes are refused as Cognito refuses them")
        void refusals() {
            String token = token();
            cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
            String code = verificationCode();

            assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code("000000")), CodeMismatchException.class, CODE_MISMATCH);
            cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code));
            assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code(code)), ExpiredCodeException.class, "Invalid code provided, please request a code again.");
            assertRefused(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
                    .attributeName("name")), InvalidParameterException.class, NOT_VERIFIABLE);
            assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("name")
                    .code("123456")), InvalidParameterException.class, NOT_VERIFIABLE);
            assertRefused(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
                    .attributeName("phone_number")), InvalidParameterException.class,
                    "User does not have a valid registered phone number");
        }

        @Test
        @DisplayName("five wrong codes make the right one wait")
        void attemptLimit() {
            String token = token();
            cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
            String code = verificationCode();
            for (int i = 0; i < 5; i++) {
                assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                        .code("000000")), CodeMismatchException.class, CODE_MISMATCH);
            }

            assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code(code)), LimitExceededException.class, "Attempt limit exceeded, please try after some time.");
        }

        @Test
        @DisplayName("an email another user holds as alias answers AliasExistsException")
        void aliasTaken() {
            signUpAndConfirm("kim", "kim@example.com");
            String token = token();
            cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("email",
                    "kim@example.com")));

            assertRefused(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
                    .code(verificationCode())), AliasExistsException.class,
                    "An account with the given email already exists.");
            assertThat(attributesOf("jane")).containsEntry("email_verified", "false");
        }
    }

    @Nested
    @DisplayName("when a signed-in user reads and sets their settings")
    class Settings {

        @Test
        @DisplayName("SetUserSettings records MFAOptions that GetUser and AdminGetUser answer")
        void mfaOptions() {
            String token = token();
            cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("phone_number",
                    "+15550100")));
            MFAOptionType sms = MFAOptionType.builder().deliveryMedium(DeliveryMediumType.SMS)
                    .attributeName("phone_number").build();

            cognito.setUserSettings(r -> r.accessToken(token).mfaOptions(sms));

            assertThat(cognito.getUser(r -> r.accessToken(token)).mfaOptions()).containsExactly(sms);
            assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("jane")).mfaOptions())
                    .containsExactly(sms);
            assertRefused(() -> cognito.setUserSettings(r -> r.accessToken(token).mfaOptions(MFAOptionType.builder()
                    .deliveryMedium(DeliveryMediumType.EMAIL).attributeName("email").build())),
                    InvalidParameterException.class,
                    "Only the phone_number attribute with the SMS delivery medium is supported in MFAOptions.");
        }

        @Test
        @DisplayName("GetUser answers only the attributes the client may read")
        void readAttributes() {
            cognito.updateUserAttributes(r -> r.accessToken(token()).userAttributes(attribute("name", "Jane"),
                    attribute("family_name", "Doe")));

            GetUserResponse limited = cognito.getUser(r -> r.accessToken(signIn(nameOnlyClient, "jane")
                    .accessToken()));

            assertThat(byName(limited.userAttributes())).containsOnlyKeys("sub", "name", "email");
        }
    }

    @Nested
    @DisplayName("when a user signs in with an alias")
    class AliasSignIn {

        @Test
        @DisplayName("the verified email, in any case, and the preferred username sign in as the user")
        void signsIn() {
            cognito.updateUserAttributes(r -> r.accessToken(token()).userAttributes(attribute("preferred_username",
                    "jd")));

            for (String name : List.of("jane@example.com", "JANE@Example.com", "jd")) {
                assertThat(claims(signIn(client, name).accessToken()).getClaim("username")).isEqualTo("jane");
            }
            AuthenticationResultType admin = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(client)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "Jane@example.com", "PASSWORD", PASSWORD)))
                    .authenticationResult();
            assertThat(claims(admin.idToken()).getClaim("cognito:username")).isEqualTo("jane");
        }

        @Test
        @DisplayName("SRP answers the real username as USER_ID_FOR_SRP")
        void srp() {
            InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(client)
                    .authFlow(AuthFlowType.USER_SRP_AUTH)
                    .authParameters(Map.of("USERNAME", "jane@example.com", "SRP_A", "1a2b3c4d5e6f")));

            assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
            assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "jane");
        }

        @Test
        @DisplayName("an email that is not verified signs nobody in")
        void unverified() {
            cognito.signUp(r -> r.clientId(client).username("kim").password(PASSWORD)
                    .userAttributes(attribute("email", "kim@example.com")));

            assertRefused(() -> signIn(client, "kim@example.com"), UserNotFoundException.class,
                    "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when the user is a member of groups")
    class Groups {

        @Test
        @DisplayName("ID tokens carry cognito:groups by precedence, cognito:roles and cognito:preferred_role; "
                + "access tokens cognito:groups")
        void claimsAtSignIn() {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers").roleArn(READER_ROLE).precedence(5));
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").roleArn(ADMIN_ROLE).precedence(1));
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("everyone"));
            for (String group : List.of("readers", "admins", "everyone")) {
                cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("jane").groupName(group));
            }

            AuthenticationResultType tokens = signIn(client, "jane");

            JWTClaimsSet id = claims(tokens.idToken());
            assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("admins", "readers", "everyone"));
            assertThat(id.getClaim("cognito:roles")).isEqualTo(List.of(ADMIN_ROLE, READER_ROLE));
            assertThat(id.getClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
            JWTClaimsSet access = claims(tokens.accessToken());
            assertThat(access.getClaim("cognito:groups")).isEqualTo(List.of("admins", "readers", "everyone"));
            assertThat(access.getClaims()).doesNotContainKeys("cognito:roles", "cognito:preferred_role");
        }

        @Test
        @DisplayName("groups of equal precedence with different roles leave no preferred role; refreshes follow")
        void tiesAndRefresh() {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("a").roleArn(ADMIN_ROLE).precedence(1));
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("b").roleArn(READER_ROLE).precedence(1));
            cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("jane").groupName("a"));
            AuthenticationResultType first = signIn(client, "jane");
            cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("jane").groupName("b"));

            AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(client)
                    .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                    .authParameters(Map.of("REFRESH_TOKEN", first.refreshToken()))).authenticationResult();

            assertThat(claims(first.idToken()).getClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
            JWTClaimsSet id = claims(refreshed.idToken());
            assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("a", "b"));
            assertThat(id.getClaims()).doesNotContainKey("cognito:preferred_role");
        }

        @Test
        @DisplayName("a user in no group gets no group claims")
        void none() {
            AuthenticationResultType tokens = signIn(client, "jane");

            assertThat(claims(tokens.idToken()).getClaims())
                    .doesNotContainKeys("cognito:groups", "cognito:roles", "cognito:preferred_role");
            assertThat(claims(tokens.accessToken()).getClaims()).doesNotContainKey("cognito:groups");
        }
    }
}
