package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * AdminUserGlobalSignOut: an administrator signs a user out everywhere, as {@link GlobalSignOutCommand} does.
 *
 * @param username the username, or an email address or phone number the pool finds users by
 */
public record AdminUserGlobalSignOutCommand(String userPoolId, String username)
        implements CognitoCommand<AdminUserGlobalSignOutResult> {
    public AdminUserGlobalSignOutCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
