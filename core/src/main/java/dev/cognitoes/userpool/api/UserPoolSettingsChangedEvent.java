package dev.cognitoes.userpool.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user pool's configuration was replaced (UpdateUserPool). {@code settings} is the whole configuration from now
 * on, not a difference: settings absent from the request came back to Cognito's defaults.
 *
 * @param changedAt when the change was made; the pool's new last modification date
 */
@Revision("1")
public record UserPoolSettingsChangedEvent(String userPoolId, UserPoolSettings settings, Instant changedAt)
        implements UserPoolEvent {
}
