package dev.cognitoes.spi;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.client.api.AppClientSettings;
import java.time.Instant;
import java.util.Objects;

/**
 * An app client as its read model keeps it: the secret stays sealed at rest and is unsealed only when read.
 *
 * @param sealedSecret the client secret sealed with the runtime's master key, or {@code null} for a client
 *                     without a secret
 */
public record StoredAppClient(String userPoolId, String clientId, SealedSecret sealedSecret,
                              AppClientSettings settings, Instant creationDate, Instant lastModifiedDate) {
    public StoredAppClient {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    }
}
