package dev.cognitoes.user.api;

import java.util.Optional;

/**
 * The kinds of names that find a user in a pool and that no two users of a pool may share: the username, the
 * email address or phone number when the pool uses them as usernames or as verified aliases, and the preferred
 * username when the pool uses it as alias (held as soon as it is set: it is never verified).
 */
public enum NameKind {
    USERNAME("username"),
    EMAIL("email"),
    PHONE_NUMBER("phone_number"),
    /** The {@code preferred_username} alias; the constant's name fits the stores' 16-character kind column. */
    PREFERRED("preferred_username");

    private final String attributeName;

    NameKind(String attributeName) {
        this.attributeName = attributeName;
    }

    /**
     * The user attribute that holds a name of this kind: {@code username}, {@code email}, {@code phone_number},
     * {@code preferred_username}.
     */
    public String attributeName() {
        return attributeName;
    }

    /** The kind whose names live in the attribute {@code attributeName}, if any. */
    public static Optional<NameKind> ofAttribute(String attributeName) {
        for (NameKind kind : values()) {
            if (kind != USERNAME && kind.attributeName.equals(attributeName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
