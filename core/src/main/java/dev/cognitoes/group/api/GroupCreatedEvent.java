package dev.cognitoes.group.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A group was created in a pool (CreateGroup). A name can be created again after its group was deleted; the new
 * group starts without members.
 *
 * @param description free text, or {@code null}
 * @param roleArn     the IAM role members get as {@code cognito:roles} / {@code cognito:preferred_role}, or
 *                    {@code null}
 * @param precedence  0 or more, lower values first; {@code null} when the group has none and ranks after every group
 *                    that has one
 * @param createdAt   when the group was created; also its last modification date
 */
@Revision("1")
public record GroupCreatedEvent(String userPoolId, String groupName, String description, String roleArn,
                                Integer precedence, Instant createdAt) implements GroupEvent {
}
