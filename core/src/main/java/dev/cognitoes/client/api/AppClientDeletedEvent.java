package dev.cognitoes.client.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An app client was deleted (DeleteUserPoolClient). Its tokens stop being accepted; its id never comes back.
 *
 * @param deletedAt when the client was deleted
 */
@Revision("1")
public record AppClientDeletedEvent(String userPoolId, String clientId, Instant deletedAt) implements AppClientEvent {
}
