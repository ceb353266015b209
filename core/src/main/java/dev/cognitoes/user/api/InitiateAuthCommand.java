package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;

/**
 * InitiateAuth: a user starts signing in through an app client.
 *
 * @param authFlow       {@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH}, {@code REFRESH_TOKEN_AUTH} or its old
 *                       name {@code REFRESH_TOKEN}; the client's {@code ExplicitAuthFlows} must allow it
 * @param authParameters the flow's parameters by their Cognito names ({@code USERNAME}, {@code SRP_A},
 *                       {@code PASSWORD}, {@code REFRESH_TOKEN}, {@code SECRET_HASH}); never {@code null}
 */
public record InitiateAuthCommand(String clientId, String authFlow, Map<String, String> authParameters)
        implements CognitoCommand<SignInResult> {
    public InitiateAuthCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authFlow, "authFlow");
        authParameters = Map.copyOf(authParameters);
    }

    /** Names the parameters given, never their values. */
    @Override
    public String toString() {
        return "InitiateAuthCommand[clientId=" + clientId + ", authFlow=" + authFlow + ", authParameters="
                + authParameters.keySet() + "]";
    }
}
