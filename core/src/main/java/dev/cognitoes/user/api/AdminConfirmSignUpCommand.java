package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/** AdminConfirmSignUp: an administrator confirms an unconfirmed user without a code. */
public record AdminConfirmSignUpCommand(String userPoolId, String username)
        implements CognitoCommand<AdminConfirmSignUpResult> {
    public AdminConfirmSignUpCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
