package dev.cognitoes.user.api;

import dev.cognitoes.auth.token.IssuedTokens;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sign-in step answers: either the tokens ({@code AuthenticationResult}), or the next challenge with its
 * parameters and session, never both.
 *
 * @param challengeName       {@code PASSWORD_VERIFIER} or {@code NEW_PASSWORD_REQUIRED}; {@code null} with tokens
 * @param challengeParameters the challenge's parameters as Cognito names them; empty with tokens
 * @param session             the opaque {@code Session} to answer the challenge with; {@code null} with tokens
 * @param tokens              the tokens; empty with a challenge
 */
public record SignInResult(String challengeName, Map<String, String> challengeParameters, String session,
                           Optional<IssuedTokens> tokens) {
    public SignInResult {
        challengeParameters = Map.copyOf(challengeParameters);
        Objects.requireNonNull(tokens, "tokens");
        if (tokens.isPresent() == (challengeName != null)) {
            throw new IllegalArgumentException("a sign-in step answers tokens or a challenge, not both or neither");
        }
        if (challengeName != null && session == null) {
            throw new IllegalArgumentException("a challenge comes with a session");
        }
    }

    public static SignInResult challenge(String challengeName, Map<String, String> challengeParameters,
                                         String session) {
        return new SignInResult(Objects.requireNonNull(challengeName, "challengeName"), challengeParameters,
                session, Optional.empty());
    }

    public static SignInResult signedIn(IssuedTokens tokens) {
        return new SignInResult(null, Map.of(), null, Optional.of(tokens));
    }

    /** Names the challenge, never the session or the tokens. */
    @Override
    public String toString() {
        return "SignInResult[challengeName=" + challengeName + ", challengeParameters=" + challengeParameters.keySet()
                + ", session=" + (session == null ? "none" : "***") + ", tokens=" + tokens.map(t -> "***")
                .orElse("none") + "]";
    }
}
