package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * AdminSetUserPassword: an administrator sets a user's password, whatever the user's status. A permanent password
 * makes the user {@code CONFIRMED}; a temporary one makes the user {@code FORCE_CHANGE_PASSWORD}, valid for the
 * days the pool's password policy gives temporary passwords. Nothing is sent to the user.
 *
 * @param password  the password in clear; it must follow the pool's policy, becomes a verifier at once and is
 *                  never stored
 * @param permanent whether the user may keep the password; {@code false} when the request leaves it out
 */
public record AdminSetUserPasswordCommand(String userPoolId, String username, String password, boolean permanent)
        implements CognitoCommand<AdminSetUserPasswordResult> {
    public AdminSetUserPasswordCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "AdminSetUserPasswordCommand[userPoolId=" + userPoolId + ", username=" + username + ", permanent="
                + permanent + "]";
    }
}
