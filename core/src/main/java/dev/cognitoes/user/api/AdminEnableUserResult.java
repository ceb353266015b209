package dev.cognitoes.user.api;

/** What AdminEnableUser answers: nothing beyond success. */
public record AdminEnableUserResult() {
}
