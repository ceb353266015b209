package dev.cognitoes.http.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.shared.CognitoCommand;
import java.util.function.Function;

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

    /**
     * An operation whose response is empty: its body, read as {@code requestType}, becomes one command.
     *
     * @param command the command for a request; the runtime sends it and its answer is not shown
     */
    static <T> OperationHandler emptyResponse(CognitoRuntime runtime, Class<T> requestType,
                                              Function<T, CognitoCommand<?>> command) {
        return (body, context) -> {
            runtime.send(command.apply(WireJson.read(body, requestType)));
            return JsonNodeFactory.instance.objectNode();
        };
    }
}
