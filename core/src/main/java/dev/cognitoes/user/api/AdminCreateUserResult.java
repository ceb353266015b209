package dev.cognitoes.user.api;

import java.util.Objects;

/** What AdminCreateUser answers: the user as created (or as invited again). */
public record AdminCreateUserResult(UserView user) {
    public AdminCreateUserResult {
        Objects.requireNonNull(user, "user");
    }
}
