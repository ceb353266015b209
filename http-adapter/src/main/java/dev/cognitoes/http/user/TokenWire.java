package dev.cognitoes.http.user;

import dev.cognitoes.http.user.UserWire.AttributeWire;
import dev.cognitoes.user.api.UserView;
import java.util.List;

/**
 * Maps the wire shapes of the operations that take a token (Cognito's {@code GetUserRequest},
 * {@code GlobalSignOutRequest}, {@code RevokeTokenRequest}, {@code ChangePasswordRequest},
 * {@code GetTokensFromRefreshTokenRequest}, ...) to the domain's records and back. {@code ClientMetadata} is
 * accepted and ignored.
 */
final class TokenWire {

    private TokenWire() {
    }

    record AccessTokenRequest(String accessToken) {
    }

    record RevokeTokenRequest(String token, String clientId, String clientSecret) {
    }

    record ChangePasswordRequest(String accessToken, String previousPassword, String proposedPassword) {
    }

    record GetTokensFromRefreshTokenRequest(String refreshToken, String clientId, String clientSecret,
                                            String deviceKey) {
    }

    /** GetUser's answer; cognito-es keeps no MFA settings yet, so the MFA members are absent. */
    record GetUserResponse(String username, List<AttributeWire> userAttributes) {
    }

    /** GetTokensFromRefreshToken's answer: {@code AuthenticationResult} only. */
    record GetTokensFromRefreshTokenResponse(SignInWire.AuthenticationResultWire authenticationResult) {
    }

    static GetUserResponse getUser(UserView user) {
        return new GetUserResponse(user.username(), user.attributes().entrySet().stream()
                .map(attribute -> new AttributeWire(attribute.getKey(), attribute.getValue())).toList());
    }
}
