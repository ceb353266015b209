package dev.cognitoes.user.api;

/** What GlobalSignOut answers: nothing beyond success. */
public record GlobalSignOutResult() {
}
