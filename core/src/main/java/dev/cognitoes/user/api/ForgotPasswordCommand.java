package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * ForgotPassword: sends a user a code with which to choose a new password (ConfirmForgotPassword). The code goes to
 * the user's verified email address or phone number, chosen by the pool's account recovery setting; the current
 * password keeps working until the new one is set.
 *
 * @param secretHash required when the client has a secret, {@code null} otherwise
 * @param username   the username, or a name that finds the user (email or phone number where the pool allows)
 */
public record ForgotPasswordCommand(String clientId, String secretHash, String username)
        implements CognitoCommand<ForgotPasswordResult> {
    public ForgotPasswordCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
    }
}
