package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A user no longer holds a name (the user was deleted); another user may claim it. */
@Revision("1")
public record NameReleasedEvent(String claimId, String userPoolId, NameKind kind, String normalizedName, String sub,
                                Instant releasedAt) implements UserEvent {
}
