package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * DeleteGroup: removes a group and every membership in it.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist.
 */
public record DeleteGroupCommand(String userPoolId, String groupName) implements CognitoCommand<Void> {
    public DeleteGroupCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
    }
}
