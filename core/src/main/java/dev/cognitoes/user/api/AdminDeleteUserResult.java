package dev.cognitoes.user.api;

/** What AdminDeleteUser answers: nothing beyond success. */
public record AdminDeleteUserResult() {
}
