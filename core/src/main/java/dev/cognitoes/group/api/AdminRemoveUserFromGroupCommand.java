package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * AdminRemoveUserFromGroup: ends a user's membership of a group; a user who is not a member is left as is. The
 * user is found as AdminGetUser finds it.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist, and with
 * UserNotFoundException when the user does not.
 */
public record AdminRemoveUserFromGroupCommand(String userPoolId, String username, String groupName)
        implements CognitoCommand<Void> {
    public AdminRemoveUserFromGroupCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(groupName, "groupName");
    }
}
