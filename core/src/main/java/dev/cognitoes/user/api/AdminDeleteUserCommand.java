package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/** AdminDeleteUser: removes a user; its username and aliases become free for others. */
public record AdminDeleteUserCommand(String userPoolId, String username)
        implements CognitoCommand<AdminDeleteUserResult> {
    public AdminDeleteUserCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
