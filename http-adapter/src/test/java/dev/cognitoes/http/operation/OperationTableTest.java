package dev.cognitoes.http.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.FeatureOperations;
import dev.cognitoes.http.model.ServiceModel;
import dev.cognitoes.http.wire.AwsProtocolException;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OperationTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestContext CONTEXT = new RequestContext("us-east-1", "request-1");

    private final ServiceModel model = ServiceModel.shipped();

    @Nested
    @DisplayName("when built from the feature operation sets")
    class Coverage {

        @Test
        @DisplayName("covers every operation of the AWS model, and only those")
        void coversTheModel() {
            try (CognitoRuntime runtime = CognitoRuntime.builder().build()) {
                OperationTable table = OperationTable.of(model, FeatureOperations.all(runtime));

                assertThat(table.operationNames()).containsExactlyInAnyOrderElementsOf(model.operations().keySet());
                assertThat(model.operations().keySet()).containsAll(table.supportedOperations());
            }
        }
    }

    @Nested
    @DisplayName("when a set registers operations")
    class Registration {

        @Test
        @DisplayName("refuses a name the model does not have")
        void unknownName() {
            OperationSet set = () -> Map.of("CreateUserPools", (body, context) -> null);

            assertThatThrownBy(() -> OperationTable.of(model, List.of(set)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'CreateUserPools'");
        }

        @Test
        @DisplayName("refuses an operation registered twice")
        void twice() {
            OperationSet first = () -> Map.of("CreateUserPool", (body, context) -> null);
            OperationSet second = () -> Map.of("CreateUserPool", (body, context) -> null);

            assertThatThrownBy(() -> OperationTable.of(model, List.of(first, second)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'CreateUserPool' is registered twice");
        }
    }

    @Nested
    @DisplayName("when an operation is invoked")
    class Invocation {

        private final AtomicInteger calls = new AtomicInteger();
        private final OperationTable table = OperationTable.of(model, List.of(() -> Map.of("ListUserPools",
                (body, context) -> {
                    calls.incrementAndGet();
                    return TextNode.valueOf(context.region());
                })));

        @Test
        @DisplayName("runs the handler with the body and the context")
        void runsHandler() throws Exception {
            Object result = table.invoke("ListUserPools", body("{\"MaxResults\":10}"), CONTEXT);

            assertThat(result).isEqualTo(TextNode.valueOf("us-east-1"));
            assertThat(table.supportedOperations()).containsExactly("ListUserPools");
        }

        @Test
        @DisplayName("validates the body before the handler runs")
        void validatesFirst() {
            assertThatThrownBy(() -> table.invoke("ListUserPools", body("{}"), CONTEXT))
                    .isInstanceOf(CognitoException.class)
                    .hasMessage("1 validation error detected: Value null at 'maxResults' failed to satisfy "
                            + "constraint: Member must not be null");
            assertThat(calls).hasValue(0);
        }

        @Test
        @DisplayName("answers an operation no set provides with UnsupportedOperationException naming it")
        void unsupported() {
            assertThatThrownBy(() -> table.invoke("DescribeUserPool",
                    body("{\"UserPoolId\":\"us-east-1_abc\"}"), CONTEXT))
                    .isInstanceOfSatisfying(CognitoException.class, e ->
                            assertThat(e.error()).isEqualTo(CognitoError.UNSUPPORTED_OPERATION))
                    .hasMessage("DescribeUserPool is not supported by cognito-es yet.");
        }

        @Test
        @DisplayName("answers a name outside the model with UnknownOperationException")
        void unknown() {
            assertThatThrownBy(() -> table.invoke("Nope", body("{}"), CONTEXT))
                    .isInstanceOfSatisfying(AwsProtocolException.class, e ->
                            assertThat(e.errorType()).isEqualTo("UnknownOperationException"));
        }

        private JsonNode body(String json) throws Exception {
            return JSON.readTree(json);
        }
    }
}
