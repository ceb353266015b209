package dev.cognitoes.group.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A group's description, role or precedence was changed (UpdateGroup). The components hold the group's whole
 * settings from now on, not a difference: what the request left out is carried over unchanged.
 *
 * @param changedAt when the change was made; the group's new last modification date
 */
@Revision("1")
public record GroupSettingsChangedEvent(String userPoolId, String groupName, String description, String roleArn,
                                        Integer precedence, Instant changedAt) implements GroupEvent {
}
