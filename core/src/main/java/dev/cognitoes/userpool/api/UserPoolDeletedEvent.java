package dev.cognitoes.userpool.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user pool was deleted. Its app clients, users and groups are gone with it: no event is recorded for each of
 * them, consumers remove them on this one. The pool id never comes back.
 *
 * @param deletedAt when the pool was deleted
 */
@Revision("1")
public record UserPoolDeletedEvent(String userPoolId, Instant deletedAt) implements UserPoolEvent {
}
