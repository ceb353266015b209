package dev.cognitoes.user.api;

/** What AdminConfirmSignUp answers: nothing beyond success. */
public record AdminConfirmSignUpResult() {
}
