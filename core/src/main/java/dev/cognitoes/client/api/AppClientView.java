package dev.cognitoes.client.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An app client as DescribeUserPoolClient shows it.
 *
 * @param clientSecret the secret in clear, present only for clients created with one; it lives in this view and
 *                     in responses, never in an event
 */
public record AppClientView(String userPoolId, String clientId, Optional<String> clientSecret,
                            AppClientSettings settings, Instant creationDate, Instant lastModifiedDate) {
    public AppClientView {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    }

    /** Names the secret's presence, never its value. */
    @Override
    public String toString() {
        return "AppClientView[userPoolId=" + userPoolId + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret.isPresent() ? "***" : "none") + ", settings=" + settings + ", creationDate="
                + creationDate + ", lastModifiedDate=" + lastModifiedDate + "]";
    }
}
