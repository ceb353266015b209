package dev.cognitoes.user.api;

/** What AdminDeleteUserAttributes answers: nothing beyond success. */
public record AdminDeleteUserAttributesResult() {
}
