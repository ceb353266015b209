package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * ConfirmForgotPassword: a user proves the code ForgotPassword or AdminResetUserPassword sent and sets a new
 * password; the user is {@code CONFIRMED} afterwards and the code is spent.
 *
 * @param secretHash       required when the client has a secret, {@code null} otherwise
 * @param username         the username, or a name that finds the user (email or phone number where the pool allows)
 * @param confirmationCode the code in clear; compared with the stored hash and never stored
 * @param password         the new password in clear; it must follow the pool's policy, becomes a verifier at once
 *                         and is never stored
 */
public record ConfirmForgotPasswordCommand(String clientId, String secretHash, String username,
                                           String confirmationCode, String password)
        implements CognitoCommand<ConfirmForgotPasswordResult> {
    public ConfirmForgotPasswordCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(confirmationCode, "confirmationCode");
        Objects.requireNonNull(password, "password");
    }

    /** Without the code and the password. */
    @Override
    public String toString() {
        return "ConfirmForgotPasswordCommand[clientId=" + clientId + ", username=" + username + "]";
    }
}
