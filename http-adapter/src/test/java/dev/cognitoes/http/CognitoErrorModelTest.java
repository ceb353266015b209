package dev.cognitoes.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.http.model.ServiceModel;
import dev.cognitoes.shared.CognitoError;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CognitoErrorModelTest {

    @Test
    @DisplayName("CognitoError names exactly the exception shapes of the AWS model")
    void sameNames() {
        Set<String> ours = Arrays.stream(CognitoError.values()).map(CognitoError::awsName).collect(Collectors.toSet());

        assertThat(ours).containsExactlyInAnyOrderElementsOf(ServiceModel.shipped().exceptionNames());
    }

    @Test
    @DisplayName("errors the model marks as server faults answer 500, every other error 400")
    void statuses() throws IOException {
        JsonNode shapes;
        try (InputStream in = ServiceModel.class.getResourceAsStream(ServiceModel.RESOURCE)) {
            shapes = new ObjectMapper().readTree(in).path("shapes");
        }
        for (CognitoError error : CognitoError.values()) {
            boolean fault = shapes.path(error.awsName()).path("fault").asBoolean(false);
            assertThat(error.httpStatus()).as(error.awsName()).isEqualTo(fault ? 500 : 400);
        }
    }
}
