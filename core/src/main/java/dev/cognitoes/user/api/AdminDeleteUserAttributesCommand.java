package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;
import java.util.Objects;

/** AdminDeleteUserAttributes: an administrator removes attributes from a user; required ones cannot go. */
public record AdminDeleteUserAttributesCommand(String userPoolId, String username, List<String> userAttributeNames)
        implements CognitoCommand<AdminDeleteUserAttributesResult> {
    public AdminDeleteUserAttributesCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        userAttributeNames = List.copyOf(userAttributeNames);
    }
}
