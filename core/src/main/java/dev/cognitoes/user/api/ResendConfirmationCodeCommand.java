package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * ResendConfirmationCode: sends a new sign-up code to an unconfirmed user; the previous code stops working.
 *
 * @param secretHash required when the client has a secret, {@code null} otherwise
 */
public record ResendConfirmationCodeCommand(String clientId, String secretHash, String username)
        implements CognitoCommand<ResendConfirmationCodeResult> {
    public ResendConfirmationCodeCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
    }
}
