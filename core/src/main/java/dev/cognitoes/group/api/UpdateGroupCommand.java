package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * UpdateGroup: changes a group's description, role or precedence. A {@code null} component keeps what the group
 * has. Answers the group as changed.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist.
 */
public record UpdateGroupCommand(String userPoolId, String groupName, String description, String roleArn,
                                 Integer precedence) implements CognitoCommand<GroupView> {
    public UpdateGroupCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
    }
}
