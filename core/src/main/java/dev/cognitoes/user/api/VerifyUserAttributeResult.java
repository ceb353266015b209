package dev.cognitoes.user.api;

/** What VerifyUserAttribute answers: nothing beyond success. */
public record VerifyUserAttributeResult() {
}
