package dev.cognitoes.user.api;

/** What AdminResetUserPassword answers: nothing beyond success. */
public record AdminResetUserPasswordResult() {
}
