package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * AdminAddUserToGroup: makes a user a member of a group; a member stays one. The user is found as AdminGetUser
 * finds it: by username, or by email or phone number where the pool signs users in with them.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist, and with
 * UserNotFoundException when the user does not.
 */
public record AdminAddUserToGroupCommand(String userPoolId, String username, String groupName)
        implements CognitoCommand<Void> {
    public AdminAddUserToGroupCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(groupName, "groupName");
    }
}
