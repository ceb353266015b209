package dev.cognitoes.user.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user as AdminGetUser and ListUsers show it.
 *
 * @param userPoolId       the pool the user belongs to
 * @param username         the username as stored, in its original case; the {@code sub} in pools that use email or
 *                         phone number as username
 * @param sub              the user's immutable identifier, a UUID
 * @param attributes       every attribute, {@code sub} first, including {@code email_verified} and
 *                         {@code phone_number_verified} once set; iteration order is kept
 * @param status           the lifecycle status
 * @param enabled          false once an administrator disabled the user
 * @param revocations      which of the user's access tokens are no longer accepted; never {@code null}
 */
public record UserView(String userPoolId, String username, String sub, Map<String, String> attributes,
                       UserStatus status, boolean enabled, Instant createDate, Instant lastModifiedDate,
                       TokenRevocations revocations) {
    public UserView {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createDate, "createDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        revocations = revocations == null ? TokenRevocations.NONE : revocations;
    }

    /** A user whose tokens were never revoked. */
    public UserView(String userPoolId, String username, String sub, Map<String, String> attributes,
                    UserStatus status, boolean enabled, Instant createDate, Instant lastModifiedDate) {
        this(userPoolId, username, sub, attributes, status, enabled, createDate, lastModifiedDate,
                TokenRevocations.NONE);
    }

    /** This view with other revocations; neither a change the user sees nor one that modifies the user. */
    public UserView withRevocations(TokenRevocations newRevocations) {
        return new UserView(userPoolId, username, sub, attributes, status, enabled, createDate, lastModifiedDate,
                newRevocations);
    }

    /** The value of one attribute, or {@code null} when the user has none. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /**
     * The value ListUsers filters compare: {@code username} gives the username, {@code status} gives
     * {@code Enabled} or {@code Disabled}, {@code cognito:user_status} the status such as {@code CONFIRMED}, any
     * other name the attribute's value; {@code null} when the user has none.
     */
    public String searchableValue(String name) {
        return switch (name) {
            case "username" -> username;
            case "status" -> enabled ? "Enabled" : "Disabled";
            case "cognito:user_status" -> status.name();
            default -> attributes.get(name);
        };
    }

    /** This view with only the named attributes, in this view's order: ListUsers' {@code AttributesToGet}. */
    public UserView withOnlyAttributes(Collection<String> names) {
        Map<String, String> kept = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (names.contains(name)) {
                kept.put(name, value);
            }
        });
        return new UserView(userPoolId, username, sub, kept, status, enabled, createDate, lastModifiedDate,
                revocations);
    }
}
