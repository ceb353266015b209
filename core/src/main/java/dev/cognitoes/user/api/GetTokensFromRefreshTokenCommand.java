package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * GetTokensFromRefreshToken: new ID and access tokens for the sign-in session of a refresh token. When the app
 * client's {@code RefreshTokenRotation} is {@code ENABLED}, a new refresh token comes with them and the one
 * presented stops working after the client's {@code RetryGracePeriodSeconds}.
 *
 * @param clientSecret the client's secret; required when the client has one, {@code null} otherwise
 * @param deviceKey    accepted and not acted on: cognito-es remembers no devices yet
 */
public record GetTokensFromRefreshTokenCommand(String refreshToken, String clientId, String clientSecret,
                                               String deviceKey) implements CognitoCommand<SignInResult> {
    public GetTokensFromRefreshTokenCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(clientId, "clientId");
    }

    /** Never names the token or the secret. */
    @Override
    public String toString() {
        return "GetTokensFromRefreshTokenCommand[refreshToken=***, clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "***") + ", deviceKey=" + deviceKey + "]";
    }
}
