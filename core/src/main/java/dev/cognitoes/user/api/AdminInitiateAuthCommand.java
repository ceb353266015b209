package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;

/**
 * AdminInitiateAuth: a trusted back end starts a user's sign-in through an app client of the pool.
 *
 * @param authFlow       {@code ADMIN_USER_PASSWORD_AUTH} (or its old name {@code ADMIN_NO_SRP_AUTH}),
 *                       {@code USER_SRP_AUTH}, {@code REFRESH_TOKEN_AUTH} or {@code REFRESH_TOKEN}; the client's
 *                       {@code ExplicitAuthFlows} must allow it
 * @param authParameters the flow's parameters by their Cognito names; never {@code null}
 */
public record AdminInitiateAuthCommand(String userPoolId, String clientId, String authFlow,
                                       Map<String, String> authParameters) implements CognitoCommand<SignInResult> {
    public AdminInitiateAuthCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authFlow, "authFlow");
        authParameters = Map.copyOf(authParameters);
    }

    /** Names the parameters given, never their values. */
    @Override
    public String toString() {
        return "AdminInitiateAuthCommand[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authFlow="
                + authFlow + ", authParameters=" + authParameters.keySet() + "]";
    }
}
