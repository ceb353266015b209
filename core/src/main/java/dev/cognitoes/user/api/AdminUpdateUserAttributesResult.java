package dev.cognitoes.user.api;

/** What AdminUpdateUserAttributes answers: nothing beyond success. */
public record AdminUpdateUserAttributesResult() {
}
