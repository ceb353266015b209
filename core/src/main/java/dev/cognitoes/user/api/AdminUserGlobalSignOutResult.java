package dev.cognitoes.user.api;

/** What AdminUserGlobalSignOut answers: nothing beyond success. */
public record AdminUserGlobalSignOutResult() {
}
