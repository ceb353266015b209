package dev.cognitoes.http.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.http.wire.WireJson;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;

/**
 * {@code GET /_dev/outbox?userPoolId=<id>&username=<name>}: the codes and invitations sent to one user, oldest
 * first, so that tests and developers can complete sign-up and password flows without email or SMS.
 */
final class DevOutboxHandler implements HttpHandler {

    static final String PATH = "/_dev/outbox";

    private final InMemoryOutbox outbox;

    DevOutboxHandler(InMemoryOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String userPoolId = parameter(exchange, "userPoolId");
        String username = parameter(exchange, "username");
        if (userPoolId == null || username == null) {
            Exchanges.sendError(exchange, 400, "InvalidParameterException",
                    "The query parameters userPoolId and username are both required, as in "
                            + PATH + "?userPoolId=us-east-1_abc123DEF&username=jane");
            return;
        }
        ObjectNode body = WireJson.mapper().createObjectNode();
        ArrayNode messages = body.putArray("messages");
        for (OutboundMessage message : outbox.messagesFor(userPoolId, username)) {
            messages.addObject()
                    .put("userPoolId", message.userPoolId())
                    .put("username", message.username())
                    .put("destination", message.destination())
                    .put("deliveryMedium", message.medium().name())
                    .put("kind", message.kind().name())
                    .put("code", message.code())
                    .put("sentAt", WireJson.epochSeconds(message.sentAt()));
        }
        Exchanges.send(exchange, 200, WireJson.mapper().writeValueAsBytes(body));
    }

    private static String parameter(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst();
    }
}
