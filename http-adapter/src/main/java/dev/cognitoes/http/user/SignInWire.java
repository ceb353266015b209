package dev.cognitoes.http.user;

import dev.cognitoes.auth.token.IssuedRefreshToken;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.user.api.SignInResult;
import java.util.Map;

/**
 * Maps the sign-in operations' wire shapes (Cognito's {@code InitiateAuthRequest},
 * {@code RespondToAuthChallengeRequest}, {@code AuthenticationResultType}, ...) to the domain's records and back.
 * Request members cognito-es does not act on yet ({@code ClientMetadata}, {@code AnalyticsMetadata},
 * {@code UserContextData}, {@code ContextData}) are accepted and ignored.
 */
final class SignInWire {

    private SignInWire() {
    }

    record InitiateAuthRequest(String clientId, String authFlow, Map<String, String> authParameters) {
    }

    record AdminInitiateAuthRequest(String userPoolId, String clientId, String authFlow,
                                    Map<String, String> authParameters) {
    }

    record RespondToAuthChallengeRequest(String clientId, String challengeName, String session,
                                         Map<String, String> challengeResponses) {
    }

    record AdminRespondToAuthChallengeRequest(String userPoolId, String clientId, String challengeName,
                                              String session, Map<String, String> challengeResponses) {
    }

    /** The answer of all four operations: a challenge, or the tokens with empty challenge parameters. */
    record SignInResponse(String challengeName, String session, Map<String, String> challengeParameters,
                          AuthenticationResultWire authenticationResult) {
    }

    record AuthenticationResultWire(String accessToken, long expiresIn, String tokenType, String refreshToken,
                                    String idToken) {
    }

    static Map<String, String> parameters(Map<String, String> parameters) {
        return parameters == null ? Map.of() : parameters;
    }

    static SignInResponse response(SignInResult result) {
        return new SignInResponse(result.challengeName(), result.session(), result.challengeParameters(),
                result.tokens().map(SignInWire::tokens).orElse(null));
    }

    private static AuthenticationResultWire tokens(IssuedTokens tokens) {
        return new AuthenticationResultWire(tokens.accessToken(), tokens.expiresIn(), tokens.tokenType(),
                tokens.refreshToken().map(IssuedRefreshToken::token).orElse(null), tokens.idToken());
    }
}
