package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;

/**
 * SignUp: a user registers in the pool of an app client.
 *
 * @param clientId       the app client
 * @param secretHash     {@code Base64(HMAC-SHA256(clientSecret, username + clientId))}; required when the client
 *                       has a secret, {@code null} otherwise
 * @param username       the username, or the email address or phone number in pools that use those as username
 * @param password       the password in clear; it becomes a verifier at once and is never stored
 * @param userAttributes the attributes, by name; never {@code null}
 */
public record SignUpCommand(String clientId, String secretHash, String username, String password,
                            Map<String, String> userAttributes) implements CognitoCommand<SignUpResult> {
    public SignUpCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        userAttributes = Map.copyOf(userAttributes);
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "SignUpCommand[clientId=" + clientId + ", username=" + username + ", userAttributes="
                + userAttributes.keySet() + "]";
    }
}
