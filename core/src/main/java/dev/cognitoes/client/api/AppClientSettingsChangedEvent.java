package dev.cognitoes.client.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An app client's configuration was replaced (UpdateUserPoolClient). {@code settings} is the whole configuration
 * from now on, not a difference.
 *
 * @param changedAt when the change was made; the client's new last modification date
 */
@Revision("1")
public record AppClientSettingsChangedEvent(String userPoolId, String clientId, AppClientSettings settings,
                                            Instant changedAt) implements AppClientEvent {
}
