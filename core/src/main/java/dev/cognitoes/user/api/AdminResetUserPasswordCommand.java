package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * AdminResetUserPassword: an administrator invalidates a user's password. The user is {@code RESET_REQUIRED}
 * until a new password is set with ConfirmForgotPassword (or by AdminSetUserPassword). When the user has a
 * verified email address or phone number the pool's account recovery setting allows, a reset code is sent there.
 */
public record AdminResetUserPasswordCommand(String userPoolId, String username)
        implements CognitoCommand<AdminResetUserPasswordResult> {
    public AdminResetUserPasswordCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
