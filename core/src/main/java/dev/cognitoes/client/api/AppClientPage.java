package dev.cognitoes.client.api;

import java.util.List;

/**
 * A page of app clients.
 *
 * @param nextToken present when more clients follow; pass it in the next query
 */
public record AppClientPage(List<AppClientView> clients, String nextToken) {
    public AppClientPage {
        clients = List.copyOf(clients);
    }
}
