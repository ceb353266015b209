package dev.cognitoes.http.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.operation.OperationTable;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.wire.AwsProtocolException;
import dev.cognitoes.http.wire.WireJson;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code POST /} in the AWS JSON 1.1 protocol: the operation is named by
 * {@code X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>} and the body is a JSON object. Runs on a
 * worker thread, because operations call the runtime synchronously.
 */
final class AwsJsonHandler implements HttpHandler {

    /** The largest request body read: 1 MiB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long DISCARD_LIMIT_BYTES = 8L * MAX_BODY_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(AwsJsonHandler.class);
    private static final HttpString TARGET = HttpString.tryFromString("X-Amz-Target");
    private static final Set<String> CONTENT_TYPES = Set.of("application/x-amz-json-1.1",
            "application/x-amz-json-1.0", "application/json");

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final OperationTable operations;
    private final String targetPrefix;
    private final String defaultRegion;

    AwsJsonHandler(OperationTable operations, String targetPrefix, String defaultRegion) {
        this.operations = operations;
        this.targetPrefix = targetPrefix + ".";
        this.defaultRegion = defaultRegion;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String requestId = Exchanges.requestId(exchange);
        String operation = null;
        try {
            if (exchange.getRequestContentLength() > MAX_BODY_BYTES) {
                throw oversize(exchange, exchange.getInputStream());
            }
            operation = operation(exchange.getRequestHeaders().getFirst(TARGET));
            requireJsonContentType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
            JsonNode body = readBody(exchange);
            String region = CredentialScope.region(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))
                    .orElse(defaultRegion);
            Object result = operations.invoke(operation, body, new RequestContext(region, requestId));
            byte[] response = result == null ? EMPTY_OBJECT : WireJson.mapper().writeValueAsBytes(result);
            Exchanges.send(exchange, 200, response);
        } catch (AwsProtocolException refused) {
            Exchanges.sendError(exchange, 400, refused.errorType(), refused.getMessage());
        } catch (Exception failure) {
            CognitoException refusal = cognitoCause(failure);
            if (refusal != null) {
                Exchanges.sendError(exchange, refusal.error().httpStatus(), refusal.error().awsName(),
                        refusal.getMessage());
            } else {
                internalError(exchange, requestId, operation, failure);
            }
        }
    }

    private String operation(String target) {
        if (target == null || !target.startsWith(targetPrefix)) {
            throw AwsProtocolException.unknownOperation(null);
        }
        String operation = target.substring(targetPrefix.length());
        if (!operations.operationNames().contains(operation)) {
            throw AwsProtocolException.unknownOperation(null);
        }
        return operation;
    }

    private static void requireJsonContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!CONTENT_TYPES.contains(mediaType)) {
            throw AwsProtocolException.unknownOperation(null);
        }
    }

    private static JsonNode readBody(HttpServerExchange exchange) throws IOException {
        InputStream in = exchange.getInputStream();
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw oversize(exchange, in);
        }
        JsonNode body;
        try {
            body = WireJson.mapper().readTree(bytes);
        } catch (JsonProcessingException notJson) {
            throw AwsProtocolException.serialization(null);
        }
        if (body == null || !body.isObject()) {
            throw AwsProtocolException.serialization(
                    body != null && body.isArray() ? "Start of list found where not expected" : null);
        }
        return body;
    }

    /**
     * Refuses a body over the limit. The rest of a moderately large body is read and dropped, a buffer at a time,
     * so the client receives the answer before the connection is reused; a larger one closes the connection.
     */
    private static AwsProtocolException oversize(HttpServerExchange exchange, InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long discarded = 0;
        int read = 0;
        while (discarded < DISCARD_LIMIT_BYTES && (read = in.read(buffer)) >= 0) {
            discarded += read;
        }
        if (read >= 0) {
            exchange.setPersistent(false);
        }
        return AwsProtocolException.serialization(
                "The request body is larger than the limit of " + MAX_BODY_BYTES + " bytes.");
    }

    private static CognitoException cognitoCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CognitoException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static void internalError(HttpServerExchange exchange, String requestId, String operation,
                                      Exception failure) throws JsonProcessingException {
        LOG.error("Request {} ({}) failed", requestId, operation == null ? "no operation" : operation, failure);
        CognitoError error = CognitoError.INTERNAL_ERROR;
        Exchanges.sendError(exchange, error.httpStatus(), error.awsName(),
                "An internal error occurred. Request id: " + requestId);
    }
}
