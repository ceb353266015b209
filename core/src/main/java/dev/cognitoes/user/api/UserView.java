package dev.cognitoes.user.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user as AdminGetUser and ListUsers show it.
 *
 * @param userPoolId        the pool the user belongs to
 * @param username          the username as stored, in its original case; the {@code sub} in pools that use email or
 *                          phone number as username
 * @param sub               the user's immutable identifier, a UUID
 * @param attributes        every attribute, {@code sub} first, including {@code email_verified} and
 *                          {@code phone_number_verified} once set; iteration order is kept
 * @param status            the lifecycle status
 * @param enabled           false once an administrator disabled the user
 * @param mfaOptions        the legacy SMS MFA settings AdminSetUserSettings recorded; empty when none
 * @param pendingAttributes new values of {@code email} or {@code phone_number} awaiting verification, by attribute
 *                          name, in pools that require verification before update; the values in force stay in
 *                          {@code attributes}. Empty when none
 * @param revocations       which of the user's access tokens are no longer accepted; never {@code null}
 */
public record UserView(String userPoolId, String username, String sub, Map<String, String> attributes,
                       UserStatus status, boolean enabled, Instant createDate, Instant lastModifiedDate,
                       List<MfaOption> mfaOptions, Map<String, String> pendingAttributes,
                       TokenRevocations revocations) {
    public UserView {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createDate, "createDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        mfaOptions = mfaOptions == null ? List.of() : List.copyOf(mfaOptions);
        pendingAttributes = pendingAttributes == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(pendingAttributes));
        revocations = revocations == null ? TokenRevocations.NONE : revocations;
    }

    /** A new user: without MFA options, changes awaiting verification or revoked tokens. */
    public UserView(String userPoolId, String username, String sub, Map<String, String> attributes,
                    UserStatus status, boolean enabled, Instant createDate, Instant lastModifiedDate) {
        this(userPoolId, username, sub, attributes, status, enabled, createDate, lastModifiedDate, List.of(),
                Map.of(), TokenRevocations.NONE);
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
                mfaOptions, pendingAttributes, revocations);
    }

    /** This view with other attributes and pending changes, modified at {@code at}. */
    public UserView withAttributes(Map<String, String> newAttributes, Map<String, String> newPendingAttributes,
                                   Instant at) {
        return new UserView(userPoolId, username, sub, newAttributes, status, enabled, createDate, at, mfaOptions,
                newPendingAttributes, revocations);
    }

    /** This view enabled or disabled at {@code at}. */
    public UserView withEnabled(boolean newEnabled, Instant at) {
        return new UserView(userPoolId, username, sub, attributes, status, newEnabled, createDate, at, mfaOptions,
                pendingAttributes, revocations);
    }

    /** This view with other MFA options, set at {@code at}. */
    public UserView withMfaOptions(List<MfaOption> newMfaOptions, Instant at) {
        return new UserView(userPoolId, username, sub, attributes, status, enabled, createDate, at, newMfaOptions,
                pendingAttributes, revocations);
    }

    /** This view in another status, changed at {@code at}. */
    public UserView withStatus(UserStatus newStatus, Instant at) {
        return new UserView(userPoolId, username, sub, attributes, newStatus, enabled, createDate, at, mfaOptions,
                pendingAttributes, revocations);
    }

    /** This view with other revocations; neither a change the user sees nor one that modifies the user. */
    public UserView withRevocations(TokenRevocations newRevocations) {
        return new UserView(userPoolId, username, sub, attributes, status, enabled, createDate, lastModifiedDate,
                mfaOptions, pendingAttributes, newRevocations);
    }

    /** This view as last modified at {@code at}. */
    public UserView modifiedAt(Instant at) {
        return new UserView(userPoolId, username, sub, attributes, status, enabled, createDate, at, mfaOptions,
                pendingAttributes, revocations);
    }
}
