package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * ConfirmSignUp: a user proves the code sent at sign-up and becomes {@code CONFIRMED}.
 *
 * @param clientId           the app client
 * @param secretHash         required when the client has a secret, {@code null} otherwise
 * @param username           the username, or a name that finds the user (email or phone number where the pool
 *                           allows)
 * @param confirmationCode   the code in clear; compared with the stored hash and never stored
 * @param forceAliasCreation move a verified email or phone alias from the user holding it to this one instead of
 *                           refusing with {@code AliasExistsException}
 */
public record ConfirmSignUpCommand(String clientId, String secretHash, String username, String confirmationCode,
                                   boolean forceAliasCreation) implements CognitoCommand<ConfirmSignUpResult> {
    public ConfirmSignUpCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(confirmationCode, "confirmationCode");
    }

    /** Without the code. */
    @Override
    public String toString() {
        return "ConfirmSignUpCommand[clientId=" + clientId + ", username=" + username + ", forceAliasCreation="
                + forceAliasCreation + "]";
    }
}
