package dev.cognitoes.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.model.ServiceModel;
import dev.cognitoes.http.operation.OperationTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadmeOperationTableTest {

    @Test
    @DisplayName("the README lists exactly the operations the server supports")
    void readmeListsTheSupportedOperations() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("<!-- operations:begin -->"),
                readme.indexOf("<!-- operations:end -->"));
        Set<String> listed = table.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Operation"))
                .map(line -> line.substring(2, line.indexOf(" |", 1)).strip())
                .collect(Collectors.toSet());

        try (CognitoRuntime runtime = CognitoRuntime.builder().build()) {
            OperationTable operations = OperationTable.of(ServiceModel.shipped(), FeatureOperations.all(runtime));
            assertThat(listed).containsExactlyInAnyOrderElementsOf(operations.supportedOperations());
        }
    }
}
