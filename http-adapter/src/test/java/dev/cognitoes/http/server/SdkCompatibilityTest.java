package dev.cognitoes.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cognitoes.http.RunningServer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;

/** The AWS SDK for Java v2 reads the server's answers as it reads Cognito's. */
class SdkCompatibilityTest {

    private static final ProbeOperations PROBE = new ProbeOperations();

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().operations(runtime -> List.of(PROBE)).build();

    @Test
    @DisplayName("a signed request reaches the operation with the client's region, and the answer parses")
    void signedRegion() {
        ListUserPoolsResponse response = server.sdkClient(Region.EU_WEST_1).listUserPools(r -> r.maxResults(10));

        assertThat(response.userPools()).isEmpty();
        assertThat(PROBE.lastContext.get().region()).isEqualTo("eu-west-1");
        assertThat(PROBE.lastContext.get().requestId()).isEqualTo(response.responseMetadata().requestId());
    }

    @Test
    @DisplayName("a validation failure is the SDK's InvalidParameterException")
    void invalidParameter() {
        InvalidParameterException error = catchThrowableOfType(InvalidParameterException.class,
                () -> server.sdkClient().createUserPool(r -> r.poolName("bad name!")));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'bad name!' "
                + "at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[\\w\\s+=,.@-]+");
        assertThat(error.requestId()).isNotBlank();
    }

    @Test
    @DisplayName("a refusal of an operation is the SDK's modeled exception")
    void refusal() {
        ResourceNotFoundException error = catchThrowableOfType(ResourceNotFoundException.class,
                () -> server.sdkClient().describeUserPool(r -> r.userPoolId("us-east-1_missing")));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("User pool us-east-1_missing does not exist.");
    }

    @Test
    @DisplayName("an operation not served yet is the SDK's UnsupportedOperationException")
    void unsupported() {
        UnsupportedOperationException error = catchThrowableOfType(UnsupportedOperationException.class,
                () -> server.sdkClient().deleteUserPool(r -> r.userPoolId("us-east-1_abc")));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("DeleteUserPool is not supported by cognito-es yet.");
    }

    @Test
    @DisplayName("an unexpected failure is the SDK's InternalErrorException with status 500")
    void internalError() {
        InternalErrorException error = catchThrowableOfType(InternalErrorException.class,
                () -> server.sdkClient().getUserPoolMfaConfig(r -> r.userPoolId("us-east-1_abc")));

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.awsErrorDetails().errorMessage()).contains(error.requestId());
    }
}
