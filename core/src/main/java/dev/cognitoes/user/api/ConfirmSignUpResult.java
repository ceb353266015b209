package dev.cognitoes.user.api;

/** What ConfirmSignUp answers: nothing beyond success, as Cognito without choice-based sign-in. */
public record ConfirmSignUpResult() {
}
