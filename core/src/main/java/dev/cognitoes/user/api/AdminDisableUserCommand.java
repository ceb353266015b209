package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/** AdminDisableUser: the user can no longer sign in, but is still listed; disabling twice changes nothing. */
public record AdminDisableUserCommand(String userPoolId, String username)
        implements CognitoCommand<AdminDisableUserResult> {
    public AdminDisableUserCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
