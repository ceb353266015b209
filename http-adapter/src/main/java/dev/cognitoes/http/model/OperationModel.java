package dev.cognitoes.http.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the AWS service model.
 *
 * @param name        the operation name, such as {@code AdminCreateUser}
 * @param inputShape  the structure the request body must satisfy
 * @param outputShape the structure of the response body; empty for operations that answer {@code {}}
 * @param errors      the names of the exception shapes the operation may answer with
 */
public record OperationModel(String name, String inputShape, Optional<String> outputShape, List<String> errors) {
    public OperationModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputShape, "inputShape");
        Objects.requireNonNull(outputShape, "outputShape");
        errors = List.copyOf(errors);
    }
}
