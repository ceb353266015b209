package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Map;
import java.util.Objects;

/**
 * AdminRespondToAuthChallenge: a trusted back end answers, for a user, the challenge a sign-in step returned.
 * Members as in {@link RespondToAuthChallengeCommand}.
 */
public record AdminRespondToAuthChallengeCommand(String userPoolId, String clientId, String challengeName,
                                                 String session, Map<String, String> challengeResponses)
        implements CognitoCommand<SignInResult> {
    public AdminRespondToAuthChallengeCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(challengeName, "challengeName");
        challengeResponses = Map.copyOf(challengeResponses);
    }

    /** Names the responses given, never their values or the session. */
    @Override
    public String toString() {
        return "AdminRespondToAuthChallengeCommand[userPoolId=" + userPoolId + ", clientId=" + clientId
                + ", challengeName=" + challengeName + ", challengeResponses=" + challengeResponses.keySet() + "]";
    }
}
