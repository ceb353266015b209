package dev.cognitoes.user.api;

/** What AdminSetUserSettings answers: nothing beyond success. */
public record AdminSetUserSettingsResult() {
}
