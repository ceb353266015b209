package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An administrator disabled the user (AdminDisableUser): the user cannot sign in until enabled again. */
@Revision("1")
public record UserDisabledEvent(String sub, String userPoolId, Instant disabledAt) implements UserEvent {
}
