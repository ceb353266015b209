package dev.cognitoes.user.api;

/** What AdminDisableUser answers: nothing beyond success. */
public record AdminDisableUserResult() {
}
