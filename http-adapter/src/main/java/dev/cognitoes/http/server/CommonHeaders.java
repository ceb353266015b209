package dev.cognitoes.http.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.UUID;

/**
 * Gives every request an id, sent back in {@code x-amzn-RequestId}, and lets browser clients call the server:
 * answers CORS preflight requests itself and marks every other response readable from any origin.
 */
final class CommonHeaders implements HttpHandler {

    private static final HttpString ALLOW_ORIGIN = HttpString.tryFromString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = HttpString.tryFromString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = HttpString.tryFromString("Access-Control-Allow-Headers");
    private static final HttpString EXPOSE_HEADERS = HttpString.tryFromString("Access-Control-Expose-Headers");
    private static final HttpString MAX_AGE = HttpString.tryFromString("Access-Control-Max-Age");
    private static final HttpString REQUEST_HEADERS = HttpString.tryFromString("Access-Control-Request-Headers");
    private static final String DEFAULT_ALLOWED_HEADERS = "Content-Type, X-Amz-Target, X-Amz-User-Agent, "
            + "X-Amz-Date, X-Amz-Security-Token, X-Amz-Content-Sha256, Authorization, amz-sdk-invocation-id, "
            + "amz-sdk-request, Cache-Control";

    private final HttpHandler next;

    CommonHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String requestId = UUID.randomUUID().toString();
        exchange.putAttachment(Exchanges.REQUEST_ID, requestId);
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Exchanges.REQUEST_ID_HEADER, requestId);
        headers.put(ALLOW_ORIGIN, "*");
        if (Methods.OPTIONS.equals(exchange.getRequestMethod())) {
            String requested = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
            headers.put(ALLOW_METHODS, "POST, GET, OPTIONS");
            headers.put(ALLOW_HEADERS, requested == null || requested.isBlank() ? DEFAULT_ALLOWED_HEADERS : requested);
            headers.put(MAX_AGE, "86400");
            headers.put(Headers.CONTENT_LENGTH, 0);
            exchange.setStatusCode(200);
            exchange.endExchange();
            return;
        }
        headers.put(EXPOSE_HEADERS, Exchanges.REQUEST_ID_HEADER + ", " + Exchanges.ERROR_TYPE_HEADER);
        next.handleRequest(exchange);
    }
}
