package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/** AdminEnableUser: a disabled user may sign in again; enabling an enabled user changes nothing. */
public record AdminEnableUserCommand(String userPoolId, String username)
        implements CognitoCommand<AdminEnableUserResult> {
    public AdminEnableUserCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
