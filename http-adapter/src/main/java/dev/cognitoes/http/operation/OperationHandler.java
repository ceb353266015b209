package dev.cognitoes.http.operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Serves one Cognito operation: turns the request body into a command or query for the runtime and the answer
 * into the response body. The body has already been validated against the AWS model.
 */
@FunctionalInterface
public interface OperationHandler {

    /**
     * @return the response body: a wire record or a {@link JsonNode}, written with the wire object mapper
     * @throws dev.cognitoes.shared.CognitoException the refusal, written as AWS writes errors
     */
    Object handle(JsonNode body, RequestContext context);
}
