package dev.cognitoes.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.testkit.Race;
import dev.cognitoes.testkit.TestClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class UserOperationsTest {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.250Z");
    static final String PASSWORD = "Correct-Horse-1";
    static final String SIGN_UP = "SIGN_UP";
    static final String INVITATION = "INVITATION";
    static final String CODE_MISMATCH = "Invalid verification code provided, please try again.";

    static final TestClock clock = new TestClock(T0);

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(clock).build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    String clientId;
    String maskingClientId;
    String secretClientId;
    String clientSecret;

    @BeforeEach
    void poolWithClients() {
        poolId = cognito.createUserPool(r -> r.poolName("users")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY)).userPoolClient().clientId();
        maskingClientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("masking")
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
        var secretClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server")
                .generateSecret(true)).userPoolClient();
        secretClientId = secretClient.clientId();
        clientSecret = secretClient.clientSecret();
    }

    SignUpResponse signUp(String client, String username, String email) {
        return cognito.signUp(r -> r.clientId(client).username(username).password(PASSWORD)
                .userAttributes(attribute("email", email)));
    }

    void confirm(String client, String username, String code) {
        cognito.confirmSignUp(r -> r.clientId(client).username(username).confirmationCode(code));
    }

    String signUpCode(String username) {
        return server.lastCode(poolId, username, SIGN_UP);
    }

    AdminGetUserResponse user(String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
    }

    static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    static Map<String, String> byName(List<AttributeType> attributes) {
        return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    static String otherCode(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    static String secretHash(String username, String clientId, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a user signs up")
    class SigningUp {

        @Test
        @DisplayName("the user is unconfirmed and the code goes to the auto-verified email, masked in the answer")
        void signsUp() {
            SignUpResponse response = signUp(clientId, "jane", "jane@example.com");

            assertThat(response.userConfirmed()).isFalse();
            assertThat(response.userSub()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(response.codeDeliveryDetails()).isEqualTo(CodeDeliveryDetailsType.builder()
                    .destination("j***@e***").deliveryMedium(DeliveryMediumType.EMAIL).attributeName("email")
                    .build());
            List<JsonNode> outbox = server.devOutbox(poolId, "jane");
            assertThat(outbox).singleElement().satisfies(message -> {
                assertThat(message.path("kind").asText()).isEqualTo(SIGN_UP);
                assertThat(message.path("destination").asText()).isEqualTo("jane@example.com");
                assertThat(message.path("code").asText()).matches("[0-9]{6}");
            });
            AdminGetUserResponse jane = user("jane");
            assertThat(jane.userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
            assertThat(byName(jane.userAttributes())).containsExactlyInAnyOrderEntriesOf(
                    Map.of("sub", response.userSub(), "email", "jane@example.com"));
        }

        @Test
        @DisplayName("the wire shape is SignUpResponse: UserConfirmed, CodeDeliveryDetails, UserSub, nothing else")
        void wireShape() {
            WireResponse response = server.call("SignUp", "{\"ClientId\":\"" + clientId + "\",\"Username\":\"raw\","
                    + "\"Password\":\"" + PASSWORD + "\",\"UserAttributes\":[{\"Name\":\"email\","
                    + "\"Value\":\"raw@example.com\"}]}");

            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.body();
            assertThat(body.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("UserConfirmed", "CodeDeliveryDetails", "UserSub");
            assertThat(body.get("UserConfirmed").isBoolean()).isTrue();
            assertThat(body.get("UserConfirmed").booleanValue()).isFalse();
            assertThat(body.get("UserSub").asText()).isEqualTo(user("raw").userAttributes().get(0).value());
            assertThat(body.get("CodeDeliveryDetails").toString())
                    .isEqualTo("{\"Destination\":\"r***@e***\",\"DeliveryMedium\":\"EMAIL\",\"AttributeName\":\"email\"}");
        }

        @Test
        @DisplayName("a taken username is refused")
        void usernameTaken() {
            signUp(clientId, "jane", "jane@example.com");

            assertRefused(() -> signUp(clientId, "jane", "other@example.com"), UsernameExistsException.class,
                    "User already exists");
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            assertRefused(() -> signUp("nosuchclient", "jane", "jane@example.com"), ResourceNotFoundException.class,
                    "User pool client nosuchclient does not exist.");
        }

        @Test
        @DisplayName("a password breaking the pool's policy is refused, naming the rule")
        void weakPassword() {
            assertRefused(() -> cognito.signUp(r -> r.clientId(clientId).username("jane").password("alllowercase1!")),
                    InvalidPasswordException.class,
                    "Password did not conform with policy: Password must have uppercase characters");
        }

        @Test
        @DisplayName("an attribute outside the schema is refused")
        void unknownAttribute() {
            assertRefused(() -> cognito.signUp(r -> r.clientId(clientId).username("jane").password(PASSWORD)
                            .userAttributes(attribute("custom:nope", "x"))), InvalidParameterException.class,
                    "Attributes did not conform to the schema: Type for attribute {custom:nope} could not be "
                            + "determined");
        }

        @Test
        @DisplayName("a client with a secret needs the secret hash, and the right one")
        void secretHash() {
            assertRefused(() -> signUp(secretClientId, "jane", "jane@example.com"), NotAuthorizedException.class,
                    "Client " + secretClientId + " is configured with secret but SECRET_HASH was not received");
            assertRefused(() -> cognito.signUp(r -> r.clientId(secretClientId).username("jane").password(PASSWORD)
                            .secretHash(UserOperationsTest.secretHash("jane", secretClientId, "wrong"))),
                    NotAuthorizedException.class, "Unable to verify secret hash for client " + secretClientId);

            SignUpResponse response = cognito.signUp(r -> r.clientId(secretClientId).username("jane")
                    .password(PASSWORD).secretHash(UserOperationsTest.secretHash("jane", secretClientId, clientSecret)));
            assertThat(user("jane").userAttributes().get(0).value()).isEqualTo(response.userSub());
        }

        @Test
        @DisplayName("a pool where only administrators create users refuses")
        void adminOnly() {
            String adminOnlyPool = cognito.createUserPool(r -> r.poolName("closed")
                    .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true))).userPool().id();
            String closedClient = cognito.createUserPoolClient(r -> r.userPoolId(adminOnlyPool).clientName("c"))
                    .userPoolClient().clientId();

            assertRefused(() -> signUp(closedClient, "jane", "jane@example.com"), NotAuthorizedException.class,
                    "SignUp is not permitted for this user pool");
        }

        @Test
        @DisplayName("a request the model refuses never reaches the pool")
        void modelValidation() {
            assertThatThrownBy(() -> cognito.signUp(r -> r.clientId(clientId).username("jane doe")
                    .password(PASSWORD))).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("at 'username' failed to satisfy constraint");
        }

        @Test
        @DisplayName("a client signing for another region reaches the pool its client id names")
        void anyRegion() {
            server.sdkClient(Region.EU_WEST_3).signUp(r -> r.clientId(clientId).username("traveller")
                    .password(PASSWORD));

            assertThat(user("traveller").userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        }
    }

    @Nested
    @DisplayName("when a user confirms the sign-up")
    class ConfirmingSignUp {

        @BeforeEach
        void janeSignedUp() {
            signUp(clientId, "jane", "jane@example.com");
        }

        @Test
        @DisplayName("the code from the outbox confirms the user and verifies the email")
        void confirms() {
            confirm(clientId, "jane", signUpCode("jane"));

            AdminGetUserResponse jane = user("jane");
            assertThat(jane.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(byName(jane.userAttributes())).containsEntry("email_verified", "true");
        }

        @Test
        @DisplayName("ConfirmSignUp answers an empty object")
        void wireShape() {
            WireResponse response = server.call("ConfirmSignUp", "{\"ClientId\":\"" + clientId
                    + "\",\"Username\":\"jane\",\"ConfirmationCode\":\"" + signUpCode("jane") + "\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            assertRefused(() -> confirm("nosuchclient", "jane", signUpCode("jane")), ResourceNotFoundException.class,
                    "User pool client nosuchclient does not exist.");
        }

        @Test
        @DisplayName("a client with a secret needs the secret hash, and the right one")
        void secretHash() {
            String code = signUpCode("jane");
            assertRefused(() -> confirm(secretClientId, "jane", code), NotAuthorizedException.class,
                    "Client " + secretClientId + " is configured with secret but SECRET_HASH was not received");
            assertRefused(() -> cognito.confirmSignUp(r -> r.clientId(secretClientId).username("jane")
                            .confirmationCode(code)
                            .secretHash(UserOperationsTest.secretHash("jane", secretClientId, "wrong"))),
                    NotAuthorizedException.class, "Unable to verify secret hash for client " + secretClientId);

            cognito.confirmSignUp(r -> r.clientId(secretClientId).username("jane").confirmationCode(code)
                    .secretHash(UserOperationsTest.secretHash("jane", secretClientId, clientSecret)));
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        }

        @Test
        @DisplayName("an unknown user is not found, or looks like a wrong code to a client preventing existence errors")
        void unknownUser() {
            assertRefused(() -> confirm(clientId, "nobody", "123456"), UserNotFoundException.class,
                    "Username/client id combination not found.");
            assertRefused(() -> confirm(maskingClientId, "nobody", "123456"), CodeMismatchException.class,
                    CODE_MISMATCH);
        }

        @Test
        @DisplayName("a wrong code is refused and leaves the user unconfirmed")
        void wrongCode() {
            assertRefused(() -> confirm(clientId, "jane", otherCode(signUpCode("jane"))), CodeMismatchException.class,
                    CODE_MISMATCH);

            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        }

        @Test
        @DisplayName("a code is expired 24 hours after it was sent")
        void expired() {
            clock.advance(Duration.ofHours(24));

            assertRefused(() -> confirm(clientId, "jane", signUpCode("jane")), ExpiredCodeException.class,
                    "Invalid code provided, please request a code again.");
        }

        @Test
        @DisplayName("a confirmed user cannot confirm again")
        void alreadyConfirmed() {
            String code = signUpCode("jane");
            confirm(clientId, "jane", code);

            assertRefused(() -> confirm(clientId, "jane", code), NotAuthorizedException.class,
                    "User cannot be confirmed. Current status is CONFIRMED");
        }

        @Test
        @DisplayName("after five wrong codes even the right one is refused, until 15 minutes have passed")
        void attemptLimit() {
            String code = signUpCode("jane");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertRefused(() -> confirm(clientId, "jane", otherCode(code)), CodeMismatchException.class,
                        CODE_MISMATCH);
            }

            assertRefused(() -> confirm(clientId, "jane", code), LimitExceededException.class,
                    "Attempt limit exceeded, please try after some time.");
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);

            clock.advance(Duration.ofMinutes(15));
            confirm(clientId, "jane", code);
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        }
    }

    @Nested
    @DisplayName("when the confirmed email is another user's verified alias")
    class AliasConflict {

        String aliasPool;
        String aliasClient;

        @BeforeEach
        void aliceHoldsTheAlias() {
            aliasPool = cognito.createUserPool(r -> r.poolName("aliases")
                    .aliasAttributes(AliasAttributeType.EMAIL)
                    .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                    .usernameConfiguration(u -> u.caseSensitive(false))).userPool().id();
            aliasClient = cognito.createUserPoolClient(r -> r.userPoolId(aliasPool).clientName("web"))
                    .userPoolClient().clientId();
            signUp(aliasClient, "alice", "shared@example.com");
            confirm(aliasClient, "alice", server.lastCode(aliasPool, "alice", SIGN_UP));
            signUp(aliasClient, "bob", "Shared@Example.com");
        }

        Map<String, String> attributes(String username) {
            return byName(cognito.adminGetUser(r -> r.userPoolId(aliasPool).username(username)).userAttributes());
        }

        @Test
        @DisplayName("confirmation is refused with AliasExistsException; ForceAliasCreation then moves the alias")
        void forceMovesTheAlias() {
            String code = server.lastCode(aliasPool, "bob", SIGN_UP);

            assertRefused(() -> confirm(aliasClient, "bob", code), AliasExistsException.class,
                    "An account with the given email already exists.");
            assertThat(cognito.adminGetUser(r -> r.userPoolId(aliasPool).username("bob")).userStatus())
                    .isEqualTo(UserStatusType.UNCONFIRMED);
            assertThat(cognito.adminGetUser(r -> r.userPoolId(aliasPool).username("shared@example.com")).username())
                    .isEqualTo("alice");

            cognito.confirmSignUp(r -> r.clientId(aliasClient).username("bob").confirmationCode(code)
                    .forceAliasCreation(true));

            assertThat(cognito.adminGetUser(r -> r.userPoolId(aliasPool).username("SHARED@example.com")).username())
                    .isEqualTo("bob");
            assertThat(attributes("bob")).containsEntry("email_verified", "true");
            assertThat(attributes("alice")).containsEntry("email_verified", "false");
        }
    }

    @Nested
    @DisplayName("when a code is requested again")
    class ResendingTheCode {

        @Test
        @DisplayName("a new code replaces the previous one")
        void resends() {
            signUp(clientId, "jane", "jane@example.com");
            String first = signUpCode("jane");

            CodeDeliveryDetailsType details = cognito.resendConfirmationCode(r -> r.clientId(clientId)
                    .username("jane")).codeDeliveryDetails();

            assertThat(details.destination()).isEqualTo("j***@e***");
            assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
            assertThat(details.attributeName()).isEqualTo("email");
            assertThat(server.devOutbox(poolId, "jane")).hasSize(2);
            String second = signUpCode("jane");
            assertThat(second).isNotEqualTo(first);
            assertRefused(() -> confirm(clientId, "jane", first), CodeMismatchException.class, CODE_MISMATCH);
            confirm(clientId, "jane", second);
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        }

        @Test
        @DisplayName("a confirmed user gets none")
        void confirmed() {
            signUp(clientId, "jane", "jane@example.com");
            confirm(clientId, "jane", signUpCode("jane"));

            assertRefused(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("jane")),
                    InvalidParameterException.class, "User is already confirmed.");
        }

        @Test
        @DisplayName("an unknown user is not found, or answered as if a code went out to a masking client")
        void unknownUser() {
            assertRefused(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("nobody")),
                    UserNotFoundException.class, "Username/client id combination not found.");

            CodeDeliveryDetailsType masked = cognito.resendConfirmationCode(r -> r.clientId(maskingClientId)
                    .username("nobody@example.com")).codeDeliveryDetails();
            assertThat(masked.destination()).isEqualTo("n***@e***");
            assertThat(masked.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            assertRefused(() -> cognito.resendConfirmationCode(r -> r.clientId("nosuchclient").username("jane")),
                    ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator confirms a user")
    class AdministratorConfirming {

        @Test
        @DisplayName("an unconfirmed user becomes confirmed, without verifying the email")
        void confirms() {
            signUp(clientId, "jane", "jane@example.com");

            WireResponse response = server.call("AdminConfirmSignUp", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"jane\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(byName(user("jane").userAttributes())).doesNotContainKey("email_verified");
        }

        @Test
        @DisplayName("a confirmed user, an unknown user and an unknown pool are refused")
        void refusals() {
            signUp(clientId, "jane", "jane@example.com");
            cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("jane"));

            assertRefused(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("jane")),
                    NotAuthorizedException.class, "User cannot be confirmed. Current status is CONFIRMED");
            assertRefused(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminConfirmSignUp(r -> r.userPoolId("us-east-1_Nothing00").username("x")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator creates a user")
    class AdministratorCreating {

        @Test
        @DisplayName("AdminCreateUser answers the UserType: attributes with sub, dates, enabled, FORCE_CHANGE_PASSWORD")
        void creates() {
            Instant now = clock.instant();
            AdminCreateUserResponse response = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim")
                    .userAttributes(attribute("email", "kim@example.com"))
                    .temporaryPassword("Temporary-Pass-1").desiredDeliveryMediums(DeliveryMediumType.EMAIL));

            UserType kim = response.user();
            assertThat(kim.username()).isEqualTo("kim");
            assertThat(kim.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
            assertThat(kim.enabled()).isTrue();
            assertThat(kim.userCreateDate()).isEqualTo(now);
            assertThat(kim.userLastModifiedDate()).isEqualTo(now);
            assertThat(kim.attributes().get(0).name()).isEqualTo("sub");
            assertThat(byName(kim.attributes())).containsEntry("email", "kim@example.com").containsOnlyKeys("sub",
                    "email");
            assertThat(server.devOutbox(poolId, "kim")).singleElement().satisfies(message -> {
                assertThat(message.path("kind").asText()).isEqualTo(INVITATION);
                assertThat(message.path("deliveryMedium").asText()).isEqualTo("EMAIL");
                assertThat(message.path("code").asText()).isEqualTo("Temporary-Pass-1");
            });
            assertThat(user("kim").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        }

        @Test
        @DisplayName("the wire shape is AdminCreateUserResponse with a User of epoch-second dates")
        void wireShape() {
            WireResponse response = server.call("AdminCreateUser", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"raw\",\"MessageAction\":\"SUPPRESS\"}");

            JsonNode user = response.body().get("User");
            assertThat(response.body().fieldNames()).toIterable().containsExactly("User");
            assertThat(user.fieldNames()).toIterable().containsExactly("Username", "Attributes", "UserCreateDate",
                    "UserLastModifiedDate", "Enabled", "UserStatus");
            assertThat(user.get("UserCreateDate").isNumber()).isTrue();
            assertThat(user.get("UserCreateDate").decimalValue()).isEqualByComparingTo(epochSeconds(clock.instant()));
            assertThat(user.get("Attributes").get(0).get("Name").asText()).isEqualTo("sub");
            assertThat(user.get("Enabled").booleanValue()).isTrue();
            assertThat(user.get("UserStatus").asText()).isEqualTo("FORCE_CHANGE_PASSWORD");
        }

        @Test
        @DisplayName("a generated temporary password follows the policy; RESEND issues a new one, SUPPRESS none")
        void messageActions() {
            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim")
                    .userAttributes(attribute("email", "kim@example.com"))
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
            String first = server.lastCode(poolId, "kim", INVITATION);
            assertThat(first).hasSizeGreaterThanOrEqualTo(8).matches(".*[A-Z].*").matches(".*[a-z].*")
                    .matches(".*[0-9].*");

            UserType resent = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim")
                    .messageAction(MessageActionType.RESEND).desiredDeliveryMediums(DeliveryMediumType.EMAIL)).user();

            assertThat(resent.username()).isEqualTo("kim");
            assertThat(server.devOutbox(poolId, "kim")).hasSize(2);
            assertThat(server.lastCode(poolId, "kim", INVITATION)).isNotEqualTo(first);

            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("quiet")
                    .userAttributes(attribute("email", "quiet@example.com")).messageAction(MessageActionType.SUPPRESS));
            assertThat(server.devOutbox(poolId, "quiet")).isEmpty();
        }

        @Test
        @DisplayName("a taken username, a weak temporary password, RESEND to a signed-up user and an unknown pool "
                + "are refused")
        void refusals() {
            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").messageAction(MessageActionType.SUPPRESS));
            signUp(clientId, "jane", "jane@example.com");

            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim")),
                    UsernameExistsException.class, "User account already exists");
            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("lee")
                            .temporaryPassword("short")), InvalidPasswordException.class,
                    "Password did not conform with policy: Password not long enough");
            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("jane")
                            .messageAction(MessageActionType.RESEND)), UnsupportedUserStateException.class,
                    "Resend not possible. jane status is not FORCE_CHANGE_PASSWORD.");
            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("nobody")
                    .messageAction(MessageActionType.RESEND)), UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId("us-east-1_Nothing00").username("kim")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator reads a user")
    class AdministratorReading {

        @Test
        @DisplayName("the wire shape is AdminGetUserResponse: UserAttributes, epoch-second dates, Enabled, UserStatus")
        void wireShape() {
            Instant now = clock.instant();
            String sub = signUp(clientId, "jane", "jane@example.com").userSub();

            WireResponse response = server.call("AdminGetUser", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"jane\"}");

            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.body();
            assertThat(body.fieldNames()).toIterable().containsExactly("Username", "UserAttributes",
                    "UserCreateDate", "UserLastModifiedDate", "Enabled", "UserStatus");
            assertThat(body.get("Username").asText()).isEqualTo("jane");
            assertThat(body.get("UserAttributes").toString()).isEqualTo("[{\"Name\":\"sub\",\"Value\":\"" + sub
                    + "\"},{\"Name\":\"email\",\"Value\":\"jane@example.com\"}]");
            assertThat(body.get("UserCreateDate").isNumber()).isTrue();
            assertThat(body.get("UserCreateDate").decimalValue()).isEqualByComparingTo(epochSeconds(now));
            assertThat(body.get("UserLastModifiedDate").decimalValue()).isEqualByComparingTo(epochSeconds(now));
            assertThat(body.get("Enabled").booleanValue()).isTrue();
            assertThat(body.get("UserStatus").asText()).isEqualTo("UNCONFIRMED");
        }

        @Test
        @DisplayName("confirmation moves the last-modified date, not the creation date")
        void dates() {
            Instant created = clock.instant();
            signUp(clientId, "jane", "jane@example.com");
            clock.advance(Duration.ofMinutes(3));

            confirm(clientId, "jane", signUpCode("jane"));

            assertThat(user("jane").userCreateDate()).isEqualTo(created);
            assertThat(user("jane").userLastModifiedDate()).isEqualTo(created.plus(Duration.ofMinutes(3)));
        }

        @Test
        @DisplayName("an unknown user and an unknown pool are refused")
        void refusals() {
            assertRefused(() -> user("nobody"), UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminGetUser(r -> r.userPoolId("us-east-1_Nothing00").username("jane")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator deletes a user")
    class AdministratorDeleting {

        @Test
        @DisplayName("the user is gone and the username free again")
        void deletes() {
            String first = signUp(clientId, "jane", "jane@example.com").userSub();

            WireResponse response = server.call("AdminDeleteUser", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"jane\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertRefused(() -> user("jane"), UserNotFoundException.class, "User does not exist.");
            String second = signUp(clientId, "jane", "jane@example.com").userSub();
            assertThat(second).isNotEqualTo(first);
        }

        @Test
        @DisplayName("an unknown user and an unknown pool are refused")
        void refusals() {
            assertRefused(() -> cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminDeleteUser(r -> r.userPoolId("us-east-1_Nothing00").username("x")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when users are listed")
    class Listing {

        @BeforeEach
        void fiveUsers() {
            for (String name : List.of("ann", "ben", "cat", "dan", "eve")) {
                signUp(clientId, name, name + "@example.com");
            }
            cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("cat"));
        }

        List<String> usernames(ListUsersResponse page) {
            return page.users().stream().map(UserType::username).toList();
        }

        @Test
        @DisplayName("PaginationToken leads through every user, each once, Limit at a time")
        void pages() {
            List<String> listed = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListUsersResponse page = cognito.listUsers(r -> r.userPoolId(poolId).limit(2).paginationToken(next));
                assertThat(page.users()).hasSizeLessThanOrEqualTo(2);
                listed.addAll(usernames(page));
                token = page.paginationToken();
                pages++;
            } while (token != null);

            assertThat(pages).isEqualTo(3);
            assertThat(listed).containsExactlyInAnyOrder("ann", "ben", "cat", "dan", "eve");
        }

        @Test
        @DisplayName("each user is a UserType with attributes, dates, Enabled and UserStatus")
        void userType() {
            UserType cat = cognito.listUsers(r -> r.userPoolId(poolId).filter("username = \"cat\"")).users().get(0);

            assertThat(cat.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(cat.enabled()).isTrue();
            assertThat(cat.userCreateDate()).isNotNull();
            assertThat(byName(cat.attributes())).containsEntry("email", "cat@example.com").containsKey("sub");
        }

        @Test
        @DisplayName("Filter selects by prefix, by exact value and by status")
        void filters() {
            assertThat(usernames(cognito.listUsers(r -> r.userPoolId(poolId).filter("email ^= \"b\""))))
                    .containsExactly("ben");
            assertThat(usernames(cognito.listUsers(r -> r.userPoolId(poolId).filter("username = \"dan\""))))
                    .containsExactly("dan");
            assertThat(usernames(cognito.listUsers(r -> r.userPoolId(poolId)
                    .filter("cognito:user_status = \"CONFIRMED\"")))).containsExactly("cat");
        }

        @Test
        @DisplayName("AttributesToGet shows only the attributes asked for")
        void attributesToGet() {
            ListUsersResponse page = cognito.listUsers(r -> r.userPoolId(poolId).attributesToGet("email"));

            assertThat(page.users()).hasSize(5).allSatisfy(user ->
                    assertThat(user.attributes()).extracting(AttributeType::name).containsExactly("email"));
            assertThat(page.paginationToken()).isNull();
        }

        @Test
        @DisplayName("a malformed filter, an unsearchable attribute, a forged token, Limit over 60 and an unknown "
                + "pool are refused")
        void refusals() {
            assertRefused(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("email = jo")),
                    InvalidParameterException.class, "Error while parsing filter.");
            assertRefused(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("custom:team = \"x\"")),
                    InvalidParameterException.class, "Invalid search attribute: custom:team");
            assertThatThrownBy(() -> cognito.listUsers(r -> r.userPoolId(poolId).paginationToken("forged")))
                    .isInstanceOf(InvalidParameterException.class);
            assertRefused(() -> cognito.listUsers(r -> r.userPoolId(poolId).limit(61)),
                    InvalidParameterException.class, "1 validation error detected: Value '61' at 'limit' failed to "
                            + "satisfy constraint: Member must have value less than or equal to 60");
            assertRefused(() -> cognito.listUsers(r -> r.userPoolId("us-east-1_Nothing00")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when the pool is described")
    class Describing {

        @Test
        @DisplayName("EstimatedNumberOfUsers counts its users, whatever their status")
        void estimatedNumberOfUsers() {
            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().estimatedNumberOfUsers())
                    .isZero();
            signUp(clientId, "jane", "jane@example.com");
            signUp(clientId, "joe", "joe@example.com");
            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").messageAction(MessageActionType.SUPPRESS));
            cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("joe"));

            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().estimatedNumberOfUsers())
                    .isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("when the pool is deleted")
    class PoolDeleted {

        @Test
        @DisplayName("its users go with it: every user operation answers ResourceNotFoundException")
        void usersGoWithThePool() {
            signUp(clientId, "jane", "jane@example.com");
            String code = signUpCode("jane");
            String poolGone = "User pool " + poolId + " does not exist.";
            String clientGone = "User pool client " + clientId + " does not exist.";

            cognito.deleteUserPool(r -> r.userPoolId(poolId));

            assertRefused(() -> user("jane"), ResourceNotFoundException.class, poolGone);
            assertRefused(() -> cognito.listUsers(r -> r.userPoolId(poolId)), ResourceNotFoundException.class,
                    poolGone);
            assertRefused(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("jane")),
                    ResourceNotFoundException.class, poolGone);
            assertRefused(() -> cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("jane")),
                    ResourceNotFoundException.class, poolGone);
            assertRefused(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim")),
                    ResourceNotFoundException.class, poolGone);
            assertRefused(() -> signUp(clientId, "joe", "joe@example.com"), ResourceNotFoundException.class,
                    clientGone);
            assertRefused(() -> confirm(clientId, "jane", code), ResourceNotFoundException.class, clientGone);
            assertRefused(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("jane")),
                    ResourceNotFoundException.class, clientGone);
        }
    }

    @Nested
    @DisplayName("when 50 users sign up with one username at the same moment")
    class SameMoment {

        static final int CONTENDERS = 50;

        @Test
        @DisplayName("exactly one succeeds and 49 are told the user exists")
        void oneWins() throws Exception {
            List<String> outcomes = Race.run(CONTENDERS, Duration.ofSeconds(60), i -> {
                return () -> {
                    try {
                        signUp(clientId, "jane", "jane@example.com");
                        return "ok";
                    } catch (CognitoIdentityProviderException e) {
                        return e.getClass().getSimpleName() + ": " + e.awsErrorDetails().errorMessage();
                    }
                };
            });

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly("UsernameExistsException: User already exists");
            assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).hasSize(1);
            assertThat(server.devOutbox(poolId, "jane")).hasSize(1);
        }
    }
}
