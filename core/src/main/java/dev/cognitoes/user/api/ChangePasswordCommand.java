package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * ChangePassword: the holder of an access token replaces its user's password, proving the current one.
 *
 * @param previousPassword the current password; {@code null} is refused, as every user here has a password
 * @param proposedPassword the new password; the pool's password policy applies
 */
public record ChangePasswordCommand(String accessToken, String previousPassword, String proposedPassword)
        implements CognitoCommand<ChangePasswordResult> {
    public ChangePasswordCommand {
        Objects.requireNonNull(proposedPassword, "proposedPassword");
    }

    /** Never names the token or the passwords. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[accessToken=***, previousPassword=***, proposedPassword=***]";
    }
}
