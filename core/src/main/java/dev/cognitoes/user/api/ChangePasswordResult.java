package dev.cognitoes.user.api;

/** What ChangePassword answers: nothing beyond success. */
public record ChangePasswordResult() {
}
