package dev.cognitoes.http.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped model is botocore's model without documentation. The source is {@code shared/spec} beside the
 * repository (as in CI), or the directory named by {@code -Dcognitoes.spec.dir}; without it the test is skipped.
 */
class ShippedModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the shipped model equals the AWS model with every documentation entry removed")
    void shippedModelMatchesTheSpec() throws IOException {
        Path specDir = Path.of(System.getProperty("cognitoes.spec.dir",
                Path.of("").toAbsolutePath().getParent().resolve("../shared/spec/cognito-idp").normalize().toString()));
        Path spec = specDir.resolve("service-2.json");
        assumeTrue(Files.isRegularFile(spec), "no AWS model at " + spec);

        JsonNode expected = withoutDocumentation(JSON.readTree(spec.toFile()));
        JsonNode shipped;
        try (InputStream in = ServiceModel.class.getResourceAsStream(ServiceModel.RESOURCE)) {
            shipped = JSON.readTree(in);
        }

        assertThat(shipped).isEqualTo(expected);
        assertThat(resource("LICENSE-botocore.txt")).isEqualTo(Files.readAllBytes(specDir.resolve("LICENSE-botocore.txt")));
        assertThat(resource("NOTICE-botocore.txt")).isEqualTo(Files.readAllBytes(specDir.resolve("NOTICE-botocore.txt")));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ServiceModel.class.getResourceAsStream("/dev/cognitoes/http/model/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonNode withoutDocumentation(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            object.properties().forEach(e -> {
                if (!e.getKey().equals("documentation")) {
                    copy.set(e.getKey(), withoutDocumentation(e.getValue()));
                }
            });
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(item -> copy.add(withoutDocumentation(item)));
            return copy;
        }
        return node;
    }
}
