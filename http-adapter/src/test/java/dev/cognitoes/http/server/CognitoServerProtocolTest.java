package dev.cognitoes.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CognitoServerProtocolTest {

    private static final ProbeOperations PROBE = new ProbeOperations();
    private static final String LIST = "{\"MaxResults\":10}";

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().operations(runtime -> List.of(PROBE)).build();

    @Nested
    @DisplayName("when a request names an operation")
    class Targets {

        @Test
        @DisplayName("runs it and answers 200 with an AWS JSON 1.1 body")
        void runs() {
            WireResponse response = server.call("ListUserPools", LIST);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).contains("application/x-amz-json-1.1");
            assertThat(response.text()).isEqualTo("{\"UserPools\":[]}");
        }

        @Test
        @DisplayName("answers {} for an operation with nothing to return")
        void empty() {
            assertThat(server.call("GlobalSignOut", "{\"AccessToken\":\"t\"}").text()).isEqualTo("{}");
        }

        @Test
        @DisplayName("accepts JSON 1.0, application/json and no content type as well")
        void contentTypes() {
            for (String type : new String[]{"application/x-amz-json-1.0", "application/json",
                    "application/x-amz-json-1.1; charset=utf-8"}) {
                assertThat(post("ListUserPools", type, LIST).status()).as(type).isEqualTo(200);
            }
            assertThat(server.send(server.request()
                    .header("X-Amz-Target", RunningServer.TARGET_PREFIX + "ListUserPools")
                    .POST(HttpRequest.BodyPublishers.ofString(LIST))).status()).isEqualTo(200);
        }

        @Test
        @DisplayName("refuses a content type that is not JSON")
        void otherContentType() {
            WireResponse response = post("ListUserPools", "text/plain", LIST);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorType()).isEqualTo("UnknownOperationException");
        }

        @Test
        @DisplayName("answers a missing, foreign or unknown target with UnknownOperationException")
        void unknownTargets() {
            WireResponse missing = server.send(server.request()
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofString(LIST)));
            WireResponse foreign = server.send(server.request()
                    .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            WireResponse unknown = server.call("ListUserPoolz", LIST);

            for (WireResponse response : List.of(missing, foreign, unknown)) {
                assertThat(response.status()).isEqualTo(400);
                assertThat(response.errorType()).isEqualTo("UnknownOperationException");
                assertThat(response.header("x-amzn-ErrorType")).contains("UnknownOperationException");
            }
        }

        @Test
        @DisplayName("answers an operation no feature serves yet with UnsupportedOperationException naming it")
        void unsupported() {
            WireResponse response = server.call("DeleteUserPool", "{\"UserPoolId\":\"us-east-1_abc\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("x-amzn-ErrorType")).contains("UnsupportedOperationException");
            assertThat(response.body().path("__type").asText()).isEqualTo("UnsupportedOperationException");
            assertThat(response.message()).isEqualTo("DeleteUserPool is not supported by cognito-es yet.");
        }

        @Test
        @DisplayName("answers anything but POST / and the dev endpoints with 404")
        void notFound() {
            assertThat(server.send(server.request().GET()).status()).isEqualTo(404);
            assertThat(server.send(server.request("/other").POST(HttpRequest.BodyPublishers.ofString("{}")))
                    .status()).isEqualTo(404);
        }
    }

    @Nested
    @DisplayName("when any response is sent")
    class Headers {

        @Test
        @DisplayName("it carries a fresh request id")
        void requestId() {
            String first = server.call("ListUserPools", LIST).header("x-amzn-RequestId").orElseThrow();
            String second = server.call("DeleteUserPool", "{}").header("x-amzn-RequestId").orElseThrow();
            String third = server.send(server.request().GET()).header("x-amzn-RequestId").orElseThrow();

            assertThat(List.of(first, second, third)).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
        }

        @Test
        @DisplayName("browsers may read it and its request id and error type from any origin")
        void cors() {
            WireResponse response = server.call("DeleteUserPool", "{}");

            assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
            assertThat(response.header("Access-Control-Expose-Headers")).contains("x-amzn-RequestId, x-amzn-ErrorType");
        }

        @Test
        @DisplayName("a CORS preflight is answered with the requested headers allowed")
        void preflight() {
            WireResponse response = server.send(server.request()
                    .header("Origin", "http://localhost:3000")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-user-agent")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
            assertThat(response.header("Access-Control-Allow-Methods")).contains("POST, GET, OPTIONS");
            assertThat(response.header("Access-Control-Allow-Headers"))
                    .contains("content-type,x-amz-target,x-amz-user-agent");
            assertThat(response.header("x-amzn-RequestId")).isPresent();
        }
    }

    @Nested
    @DisplayName("when the body is not acceptable")
    class Bodies {

        @Test
        @DisplayName("malformed JSON is a SerializationException")
        void malformed() {
            for (String body : new String[]{"{\"MaxResults\":", "", "null", "\"text\"", "{} {}"}) {
                WireResponse response = server.call("ListUserPools", body);
                assertThat(response.status()).as(body).isEqualTo(400);
                assertThat(response.errorType()).as(body).isEqualTo("SerializationException");
                assertThat(response.header("x-amzn-ErrorType")).as(body).contains("SerializationException");
            }
            assertThat(server.call("ListUserPools", "[]").message()).isEqualTo("Start of list found where not expected");
        }

        @Test
        @DisplayName("a member of the wrong JSON type is a SerializationException")
        void wrongType() {
            WireResponse response = server.call("ListUserPools", "{\"MaxResults\":\"10\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorType()).isEqualTo("SerializationException");
            assertThat(response.message()).isEqualTo("STRING_VALUE can not be converted to an Integer");
        }

        @Test
        @DisplayName("broken constraints are one InvalidParameterException listing them all, secrets not echoed")
        void validation() {
            WireResponse response = server.call("AdminSetUserPassword",
                    "{\"UserPoolId\":\"pool\",\"Username\":\"jane\",\"Password\":\"hunter 2\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("x-amzn-ErrorType")).contains("InvalidParameterException");
            assertThat(response.message()).isEqualTo("2 validation errors detected: "
                    + "Value 'pool' at 'userPoolId' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+; "
                    + "Value at 'password' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [\\S]+");
        }

        @Test
        @DisplayName("a body over 1 MiB is refused, and the connection still serves the next request")
        void oversize() {
            String big = "{\"NextToken\":\"" + "a".repeat(1024 * 1024) + "\",\"MaxResults\":10}";

            WireResponse declared = server.call("ListUserPools", big);
            WireResponse streamed = server.send(server.request()
                    .header("X-Amz-Target", RunningServer.TARGET_PREFIX + "ListUserPools")
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

            for (WireResponse response : List.of(declared, streamed)) {
                assertThat(response.status()).isEqualTo(400);
                assertThat(response.errorType()).isEqualTo("SerializationException");
                assertThat(response.message()).isEqualTo("The request body is larger than the limit of 1048576 bytes.");
            }
            assertThat(server.call("ListUserPools", LIST).status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("when the operation refuses or fails")
    class Failures {

        @Test
        @DisplayName("a Cognito refusal is written as AWS writes it")
        void refusal() {
            WireResponse response = server.call("DescribeUserPool", "{\"UserPoolId\":\"us-east-1_missing\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("x-amzn-ErrorType")).contains("ResourceNotFoundException");
            assertThat(response.text()).isEqualTo(
                    "{\"__type\":\"ResourceNotFoundException\",\"message\":\"User pool us-east-1_missing does not exist.\"}");
        }

        @Test
        @DisplayName("an unexpected failure is a 500 InternalErrorException naming the request id")
        void unexpected() {
            WireResponse response = server.call("GetUserPoolMfaConfig", "{\"UserPoolId\":\"us-east-1_abc\"}");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorType()).isEqualTo("InternalErrorException");
            assertThat(response.message()).contains(response.header("x-amzn-RequestId").orElseThrow())
                    .doesNotContain("probe");
        }
    }

    @Nested
    @DisplayName("when the request is signed")
    class Regions {

        @Test
        @DisplayName("the region of the credential scope reaches the operation")
        void signed() {
            post("ListUserPools", "AWS4-HMAC-SHA256 Credential=AKIDTEST/20240101/eu-west-1/cognito-idp/aws4_request, "
                    + "SignedHeaders=host;x-amz-date, Signature=abc");

            assertThat(PROBE.lastContext.get().region()).isEqualTo("eu-west-1");
        }

        @Test
        @DisplayName("unsigned or oddly signed requests get the default region")
        void unsigned() {
            server.call("ListUserPools", LIST);
            assertThat(PROBE.lastContext.get().region()).isEqualTo("us-east-1");

            post("ListUserPools", "AWS4-HMAC-SHA256 Credential=AKIDTEST/20240101/not a region/cognito-idp/aws4_request");
            assertThat(PROBE.lastContext.get().region()).isEqualTo("us-east-1");
        }

        @Test
        @DisplayName("the request id reaches the operation")
        void requestId() {
            WireResponse response = server.call("ListUserPools", LIST);

            assertThat(PROBE.lastContext.get().requestId()).isEqualTo(response.header("x-amzn-RequestId").orElseThrow());
        }

        private void post(String operation, String authorization) {
            assertThat(server.send(server.request()
                    .header("X-Amz-Target", RunningServer.TARGET_PREFIX + operation)
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(LIST))).status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("when the dev outbox is asked")
    class DevOutbox {

        @Test
        @DisplayName("it lists one user's messages, oldest first, with the codes")
        void lists() {
            String pool = "us-east-1_outbox" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
            server.outbox().deliver(new OutboundMessage(pool, "jane", "jane@example.com", DeliveryMedium.EMAIL,
                    MessageKind.SIGN_UP, "123456", Instant.ofEpochMilli(1732700000123L)));
            server.outbox().deliver(new OutboundMessage(pool, "john", "+15555550100", DeliveryMedium.SMS,
                    MessageKind.SIGN_UP, "000000", Instant.ofEpochSecond(1732700001)));
            server.outbox().deliver(new OutboundMessage(pool, "jane", "+15555550100", DeliveryMedium.SMS,
                    MessageKind.FORGOT_PASSWORD, "654321", Instant.ofEpochSecond(1732700002)));

            WireResponse response = server.send(server.request("/_dev/outbox?userPoolId=" + pool + "&username=jane").GET());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{\"messages\":["
                    + "{\"userPoolId\":\"" + pool + "\",\"username\":\"jane\",\"destination\":\"jane@example.com\","
                    + "\"deliveryMedium\":\"EMAIL\",\"kind\":\"SIGN_UP\",\"code\":\"123456\",\"sentAt\":1732700000.123},"
                    + "{\"userPoolId\":\"" + pool + "\",\"username\":\"jane\",\"destination\":\"+15555550100\","
                    + "\"deliveryMedium\":\"SMS\",\"kind\":\"FORGOT_PASSWORD\",\"code\":\"654321\",\"sentAt\":1732700002}]}");
        }

        @Test
        @DisplayName("it answers an empty list for a user without messages")
        void none() {
            WireResponse response = server.send(server.request("/_dev/outbox?userPoolId=us-east-1_none&username=x").GET());

            assertThat(response.text()).isEqualTo("{\"messages\":[]}");
        }

        @Test
        @DisplayName("it refuses a request without both parameters")
        void missingParameters() {
            WireResponse response = server.send(server.request("/_dev/outbox?userPoolId=us-east-1_abc").GET());

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.message()).contains("userPoolId and username are both required");
        }
    }

    private static WireResponse post(String operation, String contentType, String body) {
        return server.send(server.request()
                .header("X-Amz-Target", RunningServer.TARGET_PREFIX + operation)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
