package dev.cognitoes.http.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cognitoes.http.wire.WireJson;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;

/** Writing AWS JSON responses on an Undertow exchange. */
final class Exchanges {

    static final String AMZ_JSON_1_1 = "application/x-amz-json-1.1";
    static final HttpString REQUEST_ID_HEADER = HttpString.tryFromString("x-amzn-RequestId");
    static final HttpString ERROR_TYPE_HEADER = HttpString.tryFromString("x-amzn-ErrorType");
    static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);

    private Exchanges() {
    }

    static String requestId(HttpServerExchange exchange) {
        return exchange.getAttachment(REQUEST_ID);
    }

    /** Sends a JSON body. */
    static void send(HttpServerExchange exchange, int status, byte[] json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, AMZ_JSON_1_1);
        exchange.getResponseSender().send(ByteBuffer.wrap(json));
    }

    /** Sends an error as AWS does: {@code {"__type","message"}} and the {@code x-amzn-ErrorType} header. */
    static void sendError(HttpServerExchange exchange, int status, String type, String message)
            throws JsonProcessingException {
        ObjectNode body = WireJson.mapper().createObjectNode().put("__type", type);
        if (message != null) {
            body.put("message", message);
        }
        exchange.getResponseHeaders().put(ERROR_TYPE_HEADER, type);
        send(exchange, status, WireJson.mapper().writeValueAsBytes(body));
    }
}
