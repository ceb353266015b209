package dev.cognitoes.user.api;

/** What AdminSetUserPassword answers: nothing beyond success. */
public record AdminSetUserPasswordResult() {
}
