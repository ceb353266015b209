package dev.cognitoes.user.api;

/** What RevokeToken answers: nothing beyond success. */
public record RevokeTokenResult() {
}
