package dev.cognitoes.auth.token;

import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of a successful authentication, as Cognito's {@code AuthenticationResult} carries them.
 *
 * @param idToken      the signed ID token (JWT)
 * @param accessToken  the signed access token (JWT)
 * @param refreshToken a new refresh token; empty when tokens were refreshed, as Cognito then returns none
 * @param expiresIn    the access token's lifetime in seconds ({@code ExpiresIn})
 * @param tokenType    always {@code Bearer} ({@code TokenType})
 */
public record IssuedTokens(String idToken, String accessToken, Optional<IssuedRefreshToken> refreshToken,
                           long expiresIn, String tokenType) {

    public static final String BEARER = "Bearer";

    public IssuedTokens {
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(tokenType, "tokenType");
    }

    /** Names the tokens' presence, never their values. */
    @Override
    public String toString() {
        return "IssuedTokens[idToken=***, accessToken=***, refreshToken=" + refreshToken.map(r -> "***")
                .orElse("none") + ", expiresIn=" + expiresIn + ", tokenType=" + tokenType + "]";
    }
}
