package dev.cognitoes.http.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.http.wire.AwsProtocolException;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InputValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POOL = "\"UserPoolId\":\"us-east-1_abc123DEF\"";

    private final ServiceModel model = ServiceModel.shipped();
    private final InputValidator validator = new InputValidator(model);

    @Nested
    @DisplayName("when the body satisfies the model")
    class Valid {

        @Test
        @DisplayName("accepts it, ignoring members the model does not define")
        void accepts() {
            assertThatCode(() -> validate("CreateUserPool", "{\"PoolName\":\"my pool\",\"Unknown\":[1,{}]}"))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("treats a null optional member as absent")
        void nullOptional() {
            assertThatCode(() -> validate("CreateUserPool", "{\"PoolName\":\"p\",\"Policies\":null}"))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("accepts any JSON in a document member")
        void document() {
            assertThatCode(() -> validate("CreateManagedLoginBranding",
                    "{" + POOL + ",\"ClientId\":\"abc\",\"Settings\":[1,\"x\",{\"a\":true}]}"))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("accepts Base64 blobs within their decoded length")
        void blob() {
            String image = Base64.getEncoder().encodeToString(new byte[]{1, 2, 3});
            assertThatCode(() -> validate("SetUICustomization", "{" + POOL + ",\"ImageFile\":\"" + image + "\"}"))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    @DisplayName("when constraints are broken")
    class Constraints {

        @Test
        @DisplayName("names the pattern a value fails")
        void pattern() {
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"bad name!\"}")).isEqualTo(
                    "1 validation error detected: Value 'bad name!' at 'poolName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
        }

        @Test
        @DisplayName("reports each missing required member as null, in model order")
        void missing() {
            assertThat(invalid("AdminCreateUser", "{\"Username\":null}")).isEqualTo(
                    "2 validation errors detected: "
                            + "Value null at 'userPoolId' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'username' failed to satisfy constraint: Member must not be null");
        }

        @Test
        @DisplayName("reports lengths, and every constraint an empty value breaks")
        void lengths() {
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"" + "p".repeat(129) + "\"}")).isEqualTo(
                    "1 validation error detected: Value '" + "p".repeat(129) + "' at 'poolName' failed to satisfy "
                            + "constraint: Member must have length less than or equal to 128");
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"\"}")).isEqualTo(
                    "2 validation errors detected: "
                            + "Value '' at 'poolName' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1; "
                            + "Value '' at 'poolName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
        }

        @Test
        @DisplayName("counts length in code points")
        void codePoints() {
            String emoji = "\uD83D\uDE00";
            assertThatCode(() -> validate("AdminCreateUser",
                    "{" + POOL + ",\"Username\":\"" + emoji.repeat(128) + "\"}")).doesNotThrowAnyException();
        }

        @Test
        @DisplayName("lists the enum values in model order")
        void enumValues() {
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"p\",\"MfaConfiguration\":\"false\"}")).isEqualTo(
                    "1 validation error detected: Value 'false' at 'mfaConfiguration' failed to satisfy "
                            + "constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]");
        }

        @Test
        @DisplayName("reports numeric ranges, with dotted paths into nested structures")
        void numbers() {
            assertThat(invalid("ListUserPools", "{\"MaxResults\":0}")).isEqualTo(
                    "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertThat(invalid("CreateUserPool",
                    "{\"PoolName\":\"p\",\"Policies\":{\"PasswordPolicy\":{\"MinimumLength\":100}}}")).isEqualTo(
                    "1 validation error detected: Value '100' at 'policies.passwordPolicy.minimumLength' failed "
                            + "to satisfy constraint: Member must have value less than or equal to 99");
        }

        @Test
        @DisplayName("paths into a list of structures name the 1-based position")
        void listOfStructures() {
            assertThat(invalid("AdminCreateUser", "{" + POOL + ",\"Username\":\"jane\",\"UserAttributes\":["
                    + "{\"Name\":\"email\",\"Value\":\"a\"},{\"Name\":\"" + "n".repeat(33) + "\"},{\"Value\":\"b\"}]}"))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '" + "n".repeat(33) + "' at 'userAttributes.2.member.name' failed to satisfy "
                            + "constraint: Member must have length less than or equal to 32; "
                            + "Value null at 'userAttributes.3.member.name' failed to satisfy constraint: "
                            + "Member must not be null");
        }

        @Test
        @DisplayName("reports a list of plain values once, with all the element constraints")
        void listOfScalars() {
            assertThat(invalid("CreateUserPoolClient", "{" + POOL + ",\"ClientName\":\"c\","
                    + "\"ExplicitAuthFlows\":[\"ALLOW_USER_SRP_AUTH\",\"BOGUS\",\"WRONG\"]}")).isEqualTo(
                    "1 validation error detected: Value '[ALLOW_USER_SRP_AUTH, BOGUS, WRONG]' at 'explicitAuthFlows' "
                            + "failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy "
                            + "enum value set: [ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, "
                            + "ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_USER_PASSWORD_AUTH, "
                            + "ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH]]");
            assertThat(invalid("ListUsers", "{" + POOL + ",\"AttributesToGet\":[\"\"]}")).isEqualTo(
                    "1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: "
                            + "Member must satisfy constraint: [Member must have length less than or equal to 32, "
                            + "Member must have length greater than or equal to 1, Member must satisfy regular "
                            + "expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+]");
        }

        @Test
        @DisplayName("reports the size of lists")
        void listSize() {
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"p\",\"Schema\":[]}")).isEqualTo(
                    "1 validation error detected: Value '[]' at 'schema' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1");
        }

        @Test
        @DisplayName("reports map keys and values once, with all their constraints")
        void maps() {
            assertThat(invalid("CreateUserPool", "{\"PoolName\":\"p\",\"UserPoolTags\":{\"\":\"v\",\"k\":\""
                    + "v".repeat(257) + "\"}}")).isEqualTo(
                    "2 validation errors detected: Value '{=v, k=" + "v".repeat(257) + "}' at 'userPoolTags' failed "
                            + "to satisfy constraint: Map keys must satisfy constraint: [Member must have length "
                            + "less than or equal to 128, Member must have length greater than or equal to 1]; "
                            + "Value '{=v, k=" + "v".repeat(257) + "}' at 'userPoolTags' failed to satisfy "
                            + "constraint: Map value must satisfy constraint: [Member must have length less than "
                            + "or equal to 256, Member must have length greater than or equal to 0]");
        }

        @Test
        @DisplayName("reports the decoded length of blobs")
        void blobLength() {
            String image = Base64.getEncoder().encodeToString(new byte[131073]);
            assertThat(invalid("SetUICustomization", "{" + POOL + ",\"ImageFile\":\"" + image + "\"}"))
                    .endsWith("at 'imageFile' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 131072");
        }

        @Test
        @DisplayName("the error is an InvalidParameterException")
        void errorType() {
            Throwable thrown = catchThrowable(() -> validate("CreateUserPool", "{}"));
            assertThat(thrown).isInstanceOf(CognitoException.class);
            assertThat(((CognitoException) thrown).error()).isEqualTo(CognitoError.INVALID_PARAMETER);
        }
    }

    @Nested
    @DisplayName("when a value is sensitive")
    class Sensitive {

        @Test
        @DisplayName("never echoes passwords or usernames")
        void password() {
            assertThat(invalid("SignUp", "{\"ClientId\":\"client1\",\"Username\":\"jane doe\","
                    + "\"Password\":\"secret with spaces\"}")).isEqualTo(
                    "2 validation errors detected: "
                            + "Value at 'username' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+; "
                            + "Value at 'password' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\S]+")
                    .doesNotContain("secret").doesNotContain("jane");
        }

        @Test
        @DisplayName("still says null when a sensitive member is missing")
        void missingSensitive() {
            assertThat(invalid("AdminGetUser", "{" + POOL + "}")).isEqualTo(
                    "1 validation error detected: Value null at 'username' failed to satisfy constraint: "
                            + "Member must not be null");
        }

        @Test
        @DisplayName("never echoes sensitive members of list elements")
        void nestedSensitive() {
            String value = "v".repeat(2049);
            assertThat(invalid("AdminCreateUser", "{" + POOL + ",\"Username\":\"jane\","
                    + "\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"" + value + "\"}]}")).isEqualTo(
                    "1 validation error detected: Value at 'userAttributes.1.member.value' failed to satisfy "
                            + "constraint: Member must have length less than or equal to 2048");
        }
    }

    @Nested
    @DisplayName("when a member has the wrong JSON type")
    class Types {

        @Test
        @DisplayName("fails with a SerializationException worded as AWS words it")
        void wording() {
            assertThat(serialization("CreateUserPool", "{\"PoolName\":5}"))
                    .isEqualTo("NUMBER_VALUE can not be converted to a String");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":true}"))
                    .isEqualTo("TRUE_VALUE can not be converted to a String");
            assertThat(serialization("ListUserPools", "{\"MaxResults\":\"5\"}"))
                    .isEqualTo("STRING_VALUE can not be converted to an Integer");
            assertThat(serialization("ListUserPools", "{\"MaxResults\":false}"))
                    .isEqualTo("FALSE_VALUE can not be converted to an Integer");
            assertThat(serialization("ListUserPools", "{\"MaxResults\":3000000000}"))
                    .isEqualTo("NUMBER_VALUE can not be converted to an Integer");
            assertThat(serialization("CreateUserPoolClient", "{" + POOL + ",\"ClientName\":\"c\",\"GenerateSecret\":\"yes\"}"))
                    .isEqualTo("STRING_VALUE can not be converted to a Boolean");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"Policies\":\"strict\"}"))
                    .isEqualTo("Expected null");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"Policies\":[]}"))
                    .isEqualTo("Start of list found where not expected");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"Schema\":{}}"))
                    .isEqualTo("Start of structure or map found where not expected.");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"Schema\":\"x\"}"))
                    .isEqualTo("Expected list or null");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"UserPoolTags\":1}"))
                    .isEqualTo("Expected map or null");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"UserPoolTags\":[]}"))
                    .isEqualTo("Start of list found where not expected");
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"p\",\"UserPoolTags\":{\"k\":{}}}"))
                    .isEqualTo("Start of structure or map found where not expected.");
            assertThat(serialization("CreateUserPoolClient", "{" + POOL + ",\"ClientName\":\"c\",\"ExplicitAuthFlows\":[1]}"))
                    .isEqualTo("NUMBER_VALUE can not be converted to a String");
        }

        @Test
        @DisplayName("the type error wins over constraint violations elsewhere in the body")
        void typeErrorFirst() {
            assertThat(serialization("CreateUserPool", "{\"PoolName\":\"\",\"MfaConfiguration\":1}"))
                    .isEqualTo("NUMBER_VALUE can not be converted to a String");
        }

        @Test
        @DisplayName("refuses a blob that is not Base64")
        void blob() {
            assertThat(serialization("SetUICustomization", "{" + POOL + ",\"ImageFile\":\"not base64!\"}"))
                    .startsWith("STRING_VALUE can not be converted to a Blob");
        }
    }

    private void validate(String operation, String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        validator.validate(model.operation(operation).orElseThrow(), json);
    }

    private String invalid(String operation, String body) {
        Throwable thrown = catchThrowable(() -> validate(operation, body));
        assertThat(thrown).isInstanceOf(CognitoException.class);
        return thrown.getMessage();
    }

    private String serialization(String operation, String body) {
        Throwable thrown = catchThrowable(() -> validate(operation, body));
        assertThat(thrown).isInstanceOf(AwsProtocolException.class);
        assertThat(((AwsProtocolException) thrown).errorType()).isEqualTo("SerializationException");
        return thrown.getMessage();
    }
}
