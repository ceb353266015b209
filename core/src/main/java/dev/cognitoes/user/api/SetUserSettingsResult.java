package dev.cognitoes.user.api;

/** What SetUserSettings answers: nothing beyond success. */
public record SetUserSettingsResult() {
}
