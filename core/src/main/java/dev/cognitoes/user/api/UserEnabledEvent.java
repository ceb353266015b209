package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An administrator enabled the disabled user again (AdminEnableUser): the user may sign in. */
@Revision("1")
public record UserEnabledEvent(String sub, String userPoolId, Instant enabledAt) implements UserEvent {
}
