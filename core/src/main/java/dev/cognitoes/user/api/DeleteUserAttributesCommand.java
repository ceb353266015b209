package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.List;

/**
 * DeleteUserAttributes: the holder of an access token deletes attributes of its own user. Only attributes the
 * token's app client may write are accepted; required and immutable attributes stay.
 */
public record DeleteUserAttributesCommand(String accessToken, List<String> userAttributeNames)
        implements CognitoCommand<DeleteUserAttributesResult> {
    public DeleteUserAttributesCommand {
        userAttributeNames = List.copyOf(userAttributeNames);
    }

    /** Never names the token. */
    @Override
    public String toString() {
        return "DeleteUserAttributesCommand[accessToken=***, userAttributeNames=" + userAttributeNames + "]";
    }
}
