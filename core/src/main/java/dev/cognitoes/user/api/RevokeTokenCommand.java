package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * RevokeToken: a refresh token is revoked through the app client it was issued to, together with every access
 * token issued from its sign-in session (the same {@code origin_jti}). The user's other sessions stay valid.
 *
 * @param token        the refresh token
 * @param clientSecret the client's secret; required when the client has one, {@code null} otherwise
 */
public record RevokeTokenCommand(String token, String clientId, String clientSecret)
        implements CognitoCommand<RevokeTokenResult> {
    public RevokeTokenCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clientId, "clientId");
    }

    /** Never names the token or the secret. */
    @Override
    public String toString() {
        return "RevokeTokenCommand[token=***, clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "***") + "]";
    }
}
