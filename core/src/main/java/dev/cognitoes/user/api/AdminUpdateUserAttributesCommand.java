package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * AdminUpdateUserAttributes: an administrator sets attributes of a user; a blank value deletes the attribute.
 * Changing {@code email} or {@code phone_number} makes it unverified and sends a verification code when the pool
 * auto-verifies it, unless the request also sets its {@code _verified} attribute; where the pool requires
 * verification before update, the old value stays until the new one is verified.
 *
 * @param userAttributes the attributes by name, in request order
 */
public record AdminUpdateUserAttributesCommand(String userPoolId, String username,
                                               Map<String, String> userAttributes)
        implements CognitoCommand<AdminUpdateUserAttributesResult> {
    public AdminUpdateUserAttributesCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        userAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(userAttributes));
    }
}
