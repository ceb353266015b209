package dev.cognitoes.http.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.model.InputValidator;
import dev.cognitoes.http.model.OperationModel;
import dev.cognitoes.http.model.ServiceModel;
import dev.cognitoes.http.wire.AwsProtocolException;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation of the AWS service model, by name, with the handler that serves it. Operations no
 * {@link OperationSet} provides answer {@code UnsupportedOperationException} naming the operation, so the table
 * always covers the whole model. Every request body is checked against the model before its handler runs.
 */
public final class OperationTable {

    private final ServiceModel model;
    private final InputValidator validator;
    private final Map<String, OperationHandler> handlers;
    private final Set<String> supported;

    private OperationTable(ServiceModel model, Map<String, OperationHandler> handlers, Set<String> supported) {
        this.model = model;
        this.validator = new InputValidator(model);
        this.handlers = Collections.unmodifiableMap(handlers);
        this.supported = Collections.unmodifiableSet(supported);
    }

    /**
     * @throws IllegalArgumentException when a set registers a name the model does not define, or two sets
     *                                  register the same operation
     */
    public static OperationTable of(ServiceModel model, List<OperationSet> sets) {
        Objects.requireNonNull(model, "model");
        Map<String, OperationHandler> provided = new LinkedHashMap<>();
        for (OperationSet set : sets) {
            set.handlers().forEach((name, handler) -> {
                if (model.operation(name).isEmpty()) {
                    throw new IllegalArgumentException(set.getClass().getName() + " registers '" + name
                            + "', which is not an operation of the Cognito Identity Provider API");
                }
                if (provided.putIfAbsent(name, Objects.requireNonNull(handler, name)) != null) {
                    throw new IllegalArgumentException("operation '" + name + "' is registered twice, the second "
                            + "time by " + set.getClass().getName());
                }
            });
        }
        Map<String, OperationHandler> handlers = new LinkedHashMap<>();
        for (String name : model.operations().keySet()) {
            handlers.put(name, provided.getOrDefault(name, unsupported(name)));
        }
        return new OperationTable(model, handlers, new TreeSet<>(provided.keySet()));
    }

    /** Every operation of the model: the table's keys. */
    public Set<String> operationNames() {
        return handlers.keySet();
    }

    /** The operations a feature serves; the others answer {@code UnsupportedOperationException}. */
    public Set<String> supportedOperations() {
        return supported;
    }

    /**
     * Checks the body against the operation's input shape, then runs the operation's handler.
     *
     * @param body the request body, a JSON object
     * @return the response body: a wire record, a {@link JsonNode} or {@code null} for {@code {}}
     * @throws AwsProtocolException an {@code UnknownOperationException} when the model has no such operation, a
     *                              {@code SerializationException} when a member has the wrong JSON type
     * @throws CognitoException     the validation failure or the operation's refusal
     */
    public Object invoke(String operation, JsonNode body, RequestContext context) {
        OperationHandler handler = handlers.get(operation);
        OperationModel definition = model.operation(operation).orElse(null);
        if (handler == null || definition == null) {
            throw AwsProtocolException.unknownOperation(null);
        }
        validator.validate(definition, body);
        return handler.handle(body, context);
    }

    private static OperationHandler unsupported(String name) {
        return (body, context) -> {
            throw new CognitoException(CognitoError.UNSUPPORTED_OPERATION,
                    name + " is not supported by cognito-es yet.");
        };
    }
}
