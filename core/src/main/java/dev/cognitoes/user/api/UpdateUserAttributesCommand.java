package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UpdateUserAttributes: the holder of an access token sets attributes of its own user; a blank value deletes the
 * attribute. Only attributes the token's app client may write ({@code WriteAttributes}) are accepted, never
 * {@code email_verified}, {@code phone_number_verified} or developer-only attributes. A changed {@code email} or
 * {@code phone_number} is unverified and gets a code when the pool auto-verifies it; where the pool requires
 * verification before update, the old value stays in force until the new one is verified.
 *
 * @param userAttributes the attributes by name, in request order
 */
public record UpdateUserAttributesCommand(String accessToken, Map<String, String> userAttributes)
        implements CognitoCommand<UpdateUserAttributesResult> {
    public UpdateUserAttributesCommand {
        userAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(userAttributes));
    }

    /** Never names the token. */
    @Override
    public String toString() {
        return "UpdateUserAttributesCommand[accessToken=***, userAttributes=" + userAttributes.keySet() + "]";
    }
}
