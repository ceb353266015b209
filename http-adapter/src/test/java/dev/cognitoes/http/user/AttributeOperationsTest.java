package dev.cognitoes.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.testkit.Race;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class AttributeOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String ALIAS_EXISTS = "An account with the given email already exists.";

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;

    @BeforeEach
    void pool() {
        poolId = cognito.createUserPool(r -> r.poolName("attributes")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(SchemaAttributeType.builder().name("badge").attributeDataType(AttributeDataType.STRING)
                        .mutable(false).build())).userPool().id();
    }

    void create(String pool, String username, AttributeType... attributes) {
        cognito.adminCreateUser(r -> r.userPoolId(pool).username(username).userAttributes(attributes)
                .messageAction(MessageActionType.SUPPRESS));
    }

    void update(String pool, String username, AttributeType... attributes) {
        cognito.adminUpdateUserAttributes(r -> r.userPoolId(pool).username(username).userAttributes(attributes));
    }

    AdminGetUserResponse user(String pool, String username) {
        return cognito.adminGetUser(r -> r.userPoolId(pool).username(username));
    }

    static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    static Map<String, String> byName(List<AttributeType> attributes) {
        return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when an administrator updates attributes")
    class Updating {

        @BeforeEach
        void jane() {
            create(poolId, "jane", attribute("email", "jane@example.com"), attribute("email_verified", "true"),
                    attribute("custom:badge", "gold"));
        }

        @Test
        @DisplayName("a new email is unverified and its code is in the outbox; a blank value deletes")
        void changesEmail() {
            update(poolId, "jane", attribute("email", "janet@example.com"), attribute("name", "Jane"));
            update(poolId, "jane", attribute("name", ""));

            assertThat(byName(user(poolId, "jane").userAttributes())).containsEntry("email", "janet@example.com")
                    .containsEntry("email_verified", "false").doesNotContainKey("name");
            List<JsonNode> outbox = server.devOutbox(poolId, "jane");
            assertThat(outbox).singleElement().satisfies(message -> {
                assertThat(message.path("kind").asText()).isEqualTo("ATTRIBUTE_VERIFICATION");
                assertThat(message.path("destination").asText()).isEqualTo("janet@example.com");
                assertThat(message.path("code").asText()).matches("[0-9]{6}");
            });
        }

        @Test
        @DisplayName("email_verified=true in the same request verifies at once, without a code")
        void verifiesDirectly() {
            update(poolId, "jane", attribute("email", "janet@example.com"), attribute("email_verified", "true"));

            assertThat(byName(user(poolId, "jane").userAttributes())).containsEntry("email_verified", "true");
            assertThat(server.devOutbox(poolId, "jane")).isEmpty();
        }

        @Test
        @DisplayName("sub, immutable, unknown and malformed attributes are refused")
        void refusals() {
            assertRefused(() -> update(poolId, "jane", attribute("sub", "x")), InvalidParameterException.class,
                    "Cannot modify the non-mutable attribute sub");
            assertRefused(() -> update(poolId, "jane", attribute("custom:badge", "silver")),
                    InvalidParameterException.class,
                    "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)");
            assertRefused(() -> update(poolId, "jane", attribute("custom:nope", "x")),
                    InvalidParameterException.class, "user.custom:nope: Attribute does not exist in the schema.");
            assertRefused(() -> update(poolId, "jane", attribute("email", "nope")), InvalidParameterException.class,
                    "Invalid email address format.");
            assertRefused(() -> update(poolId, "nobody", attribute("name", "x")), UserNotFoundException.class,
                    "User does not exist.");
            assertRefused(() -> update("us-east-1_Nothing00", "jane", attribute("name", "x")),
                    ResourceNotFoundException.class, "User pool us-east-1_Nothing00 does not exist.");
        }

        @Test
        @DisplayName("AdminDeleteUserAttributes removes attributes, never immutable ones")
        void deletes() {
            cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("jane")
                    .userAttributeNames("email"));

            assertThat(byName(user(poolId, "jane").userAttributes())).doesNotContainKeys("email", "email_verified");
            assertRefused(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("jane")
                            .userAttributeNames("custom:badge")), InvalidParameterException.class,
                    "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)");
            assertRefused(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("nobody")
                    .userAttributeNames("name")), UserNotFoundException.class, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when custom attributes are added to the pool")
    class AddingCustomAttributes {

        @Test
        @DisplayName("DescribeUserPool shows them and users take their values within the constraints")
        void adds() {
            cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(SchemaAttributeType.builder()
                    .name("age").attributeDataType(AttributeDataType.NUMBER)
                    .numberAttributeConstraints(c -> c.minValue("0").maxValue("120")).build()));

            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().schemaAttributes())
                    .anySatisfy(a -> {
                        assertThat(a.name()).isEqualTo("custom:age");
                        assertThat(a.attributeDataType()).isEqualTo(AttributeDataType.NUMBER);
                        assertThat(a.numberAttributeConstraints().maxValue()).isEqualTo("120");
                    });
            create(poolId, "kim", attribute("custom:age", "30"));
            assertThat(byName(user(poolId, "kim").userAttributes())).containsEntry("custom:age", "30");
            assertRefused(() -> update(poolId, "kim", attribute("custom:age", "300")),
                    InvalidParameterException.class,
                    "Attributes did not conform to the schema: custom:age: Number must be no greater than 120\n");
        }

        @Test
        @DisplayName("a name the pool has is refused")
        void duplicate() {
            assertRefused(() -> cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(
                            SchemaAttributeType.builder().name("badge").attributeDataType(AttributeDataType.STRING)
                                    .build())), InvalidParameterException.class,
                    "custom:badge: Existing attribute already has name custom:badge.");
        }
    }

    @Nested
    @DisplayName("when an administrator disables, enables and sets MFA options")
    class StatusAndSettings {

        @BeforeEach
        void users() {
            create(poolId, "ann");
            create(poolId, "ben");
        }

        List<String> listed(String filter) {
            return cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)).users().stream()
                    .map(UserType::username).toList();
        }

        @Test
        @DisplayName("a disabled user is listed as Disabled until enabled again")
        void disablesAndEnables() {
            cognito.adminDisableUser(r -> r.userPoolId(poolId).username("ann"));

            assertThat(user(poolId, "ann").enabled()).isFalse();
            assertThat(listed("status = \"Disabled\"")).containsExactly("ann");
            assertThat(listed("cognito:user_status = \"FORCE_CHANGE_PASSWORD\"")).containsExactlyInAnyOrder("ann",
                    "ben");

            cognito.adminEnableUser(r -> r.userPoolId(poolId).username("ann"));

            assertThat(user(poolId, "ann").enabled()).isTrue();
            assertThat(listed("status = \"Disabled\"")).isEmpty();
            assertRefused(() -> cognito.adminDisableUser(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminEnableUser(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
        }

        @Test
        @DisplayName("legacy MFAOptions are kept and returned by AdminGetUser")
        void mfaOptions() {
            MFAOptionType sms = MFAOptionType.builder().deliveryMedium(DeliveryMediumType.SMS)
                    .attributeName("phone_number").build();
            cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("ann").mfaOptions(sms));

            assertThat(user(poolId, "ann").mfaOptions()).containsExactly(sms);
            assertThat(user(poolId, "ben").hasMfaOptions()).isFalse();
            assertRefused(() -> cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("ann")
                            .mfaOptions(MFAOptionType.builder().deliveryMedium(DeliveryMediumType.EMAIL)
                                    .attributeName("email").build())), InvalidParameterException.class,
                    "Only the phone_number attribute with the SMS delivery medium is supported in MFAOptions.");
        }

        @Test
        @DisplayName("the wire shape of AdminGetUser carries MFAOptions only when set")
        void wireShape() {
            WireResponse plain = server.call("AdminGetUser", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"ben\"}");
            cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("ben").mfaOptions(MFAOptionType.builder()
                    .deliveryMedium(DeliveryMediumType.SMS).attributeName("phone_number").build()));
            WireResponse withOptions = server.call("AdminGetUser", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"ben\"}");

            assertThat(plain.body().has("MFAOptions")).isFalse();
            assertThat(withOptions.body().get("MFAOptions").toString())
                    .isEqualTo("[{\"DeliveryMedium\":\"SMS\",\"AttributeName\":\"phone_number\"}]");
        }
    }

    @Nested
    @DisplayName("when the pool uses email addresses as usernames")
    class EmailAsUsername {

        String emailPool;

        @BeforeEach
        void pool() {
            emailPool = cognito.createUserPool(r -> r.poolName("by-email")
                    .usernameAttributes(UsernameAttributeType.EMAIL)
                    .usernameConfiguration(u -> u.caseSensitive(false))).userPool().id();
            create(emailPool, "jane@example.com");
            create(emailPool, "bob@example.com");
        }

        @Test
        @DisplayName("a changed email signs the user in; another user's email is refused")
        void changesEmail() {
            String sub = user(emailPool, "jane@example.com").username();

            update(emailPool, "jane@example.com", attribute("email", "Janet@example.com"));

            assertThat(user(emailPool, "janet@EXAMPLE.com").username()).isEqualTo(sub);
            assertRefused(() -> user(emailPool, "jane@example.com"), UserNotFoundException.class,
                    "User does not exist.");
            assertRefused(() -> update(emailPool, "bob@example.com", attribute("email", "JANET@example.com")),
                    AliasExistsException.class, ALIAS_EXISTS);
        }
    }

    @Nested
    @DisplayName("when the pool has email and preferred_username aliases")
    class Aliases {

        String aliasPool;
        String clientId;

        @BeforeEach
        void pool() {
            aliasPool = cognito.createUserPool(r -> r.poolName("aliases")
                    .aliasAttributes(AliasAttributeType.EMAIL, AliasAttributeType.PREFERRED_USERNAME)
                    .usernameConfiguration(u -> u.caseSensitive(false))).userPool().id();
            clientId = cognito.createUserPoolClient(r -> r.userPoolId(aliasPool).clientName("web")).userPoolClient()
                    .clientId();
        }

        @Test
        @DisplayName("a verified email and a preferred username find their user in any case, once each")
        void aliasesAreUnique() {
            create(aliasPool, "jane", attribute("email", "jane@example.com"), attribute("email_verified", "true"),
                    attribute("preferred_username", "JaneD"));
            create(aliasPool, "bob", attribute("email", "jane@example.com"));

            assertThat(user(aliasPool, "JANE@example.com").username()).isEqualTo("jane");
            assertThat(user(aliasPool, "janed").username()).isEqualTo("jane");
            assertRefused(() -> update(aliasPool, "bob", attribute("email_verified", "true")),
                    AliasExistsException.class, ALIAS_EXISTS);
            assertRefused(() -> update(aliasPool, "bob", attribute("preferred_username", "JANED")),
                    AliasExistsException.class, "An account with the given preferred_username already exists.");
        }

        @Test
        @DisplayName("preferred_username cannot be given at sign-up")
        void notAtSignUp() {
            assertRefused(() -> cognito.signUp(r -> r.clientId(clientId).username("jane").password(PASSWORD)
                            .userAttributes(attribute("preferred_username", "jd"))), InvalidParameterException.class,
                    "preferred_username cannot be set at sign-up in a user pool that uses it as alias.");
        }

        @Test
        @DisplayName("50 concurrent claims of one verified email alias leave exactly one holder")
        void concurrentClaims() throws Exception {
            int contenders = 50;
            for (int i = 0; i < contenders; i++) {
                create(aliasPool, "user" + i);
            }
            List<String> outcomes = Race.run(contenders, Duration.ofSeconds(120), i -> {
                String username = "user" + i;
                return () -> {
                    try {
                        update(aliasPool, username, attribute("email", "same@example.com"),
                                attribute("email_verified", "true"));
                        return "ok";
                    } catch (AliasExistsException e) {
                        return e.awsErrorDetails().errorMessage();
                    }
                };
            });

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(contenders - 1)
                    .containsOnly(ALIAS_EXISTS);
            String holder = user(aliasPool, "same@example.com").username();
            assertThat(cognito.listUsers(r -> r.userPoolId(aliasPool).filter("email = \"same@example.com\""))
                    .users()).singleElement().satisfies(u -> assertThat(u.username()).isEqualTo(holder));
        }
    }

    @Test
    @DisplayName("the administrator operations need no client: a disabled user's ForgotPassword is refused")
    void disabledUserForgotPassword() {
        String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")).userPoolClient()
                .clientId();
        create(poolId, "jane", attribute("email", "jane@example.com"), attribute("email_verified", "true"));
        cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("jane"));

        assertRefused(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("jane")),
                NotAuthorizedException.class, "User is disabled.");
    }
}
