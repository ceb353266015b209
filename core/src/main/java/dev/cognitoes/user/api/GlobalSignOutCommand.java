package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;

/**
 * GlobalSignOut: the holder of an access token signs its user out everywhere. Every refresh token of the user is
 * revoked, and every access token issued before stops being accepted.
 */
public record GlobalSignOutCommand(String accessToken) implements CognitoCommand<GlobalSignOutResult> {

    /** Never names the token. */
    @Override
    public String toString() {
        return "GlobalSignOutCommand[accessToken=***]";
    }
}
