package dev.cognitoes.user.api;

/** What DeleteUserAttributes answers: nothing beyond success. */
public record DeleteUserAttributesResult() {
}
