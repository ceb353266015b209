package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;

/**
 * RespondToAuthChallenge: a user answers the challenge a sign-in step returned.
 *
 * @param challengeName      {@code PASSWORD_VERIFIER} or {@code NEW_PASSWORD_REQUIRED}
 * @param session            the {@code Session} the challenge came with; {@code null} when none is sent (clients
 *                           may answer {@code PASSWORD_VERIFIER} without it)
 * @param challengeResponses the answers by their Cognito names ({@code USERNAME}, {@code PASSWORD_CLAIM_SIGNATURE},
 *                           {@code NEW_PASSWORD}, {@code userAttributes.<name>}, {@code SECRET_HASH}, ...); never
 *                           {@code null}
 */
public record RespondToAuthChallengeCommand(String clientId, String challengeName, String session,
                                            Map<String, String> challengeResponses)
        implements CognitoCommand<SignInResult> {
    public RespondToAuthChallengeCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(challengeName, "challengeName");
        challengeResponses = Map.copyOf(challengeResponses);
    }

    /** Names the responses given, never their values or the session. */
    @Override
    public String toString() {
        return "RespondToAuthChallengeCommand[clientId=" + clientId + ", challengeName=" + challengeName
                + ", challengeResponses=" + challengeResponses.keySet() + "]";
    }
}
