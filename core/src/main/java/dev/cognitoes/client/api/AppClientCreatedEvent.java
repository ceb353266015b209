package dev.cognitoes.client.api;

import dev.cognitoes.auth.secret.SealedSecret;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An app client was created in a pool. The first event of every client.
 *
 * @param clientSecret the client's secret sealed with the runtime's master key, or {@code null} for a client
 *                     without a secret; the secret never changes afterwards
 * @param settings     the client's configuration as created, with Cognito's defaults filled in
 * @param createdAt    when the client was created
 */
@Revision("1")
public record AppClientCreatedEvent(String userPoolId, String clientId, SealedSecret clientSecret,
                                    AppClientSettings settings, Instant createdAt) implements AppClientEvent {
}
