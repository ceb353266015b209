package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The user was deleted; the {@code sub} never comes back. */
@Revision("1")
public record UserDeletedEvent(String sub, String userPoolId, String username, Instant deletedAt)
        implements UserEvent {
}
