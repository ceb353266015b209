package dev.cognitoes.user.api;

/** What ConfirmForgotPassword answers: nothing beyond success. */
public record ConfirmForgotPasswordResult() {
}
