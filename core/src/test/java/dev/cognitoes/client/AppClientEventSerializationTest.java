package dev.cognitoes.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.client.api.AppClientCreatedEvent;
import dev.cognitoes.client.api.AppClientDeletedEvent;
import dev.cognitoes.client.api.AppClientEvent;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientSettingsChangedEvent;
import dev.cognitoes.client.api.TokenValidity;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.testkit.ReversibleSecretSealer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppClientEventSerializationTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");
    static final String SECRET = "the-secret-must-never-be-stored-in-clear";
    final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();

    @Test
    @DisplayName("every client event comes back equal from its stored form, and the secret is not in it")
    void roundTrips() {
        AppClientSettings settings = new AppClientSettings("web", new TokenValidity(10, "days"),
                new TokenValidity(2, "hours"), new TokenValidity(30, "minutes"), Set.of("email"), null,
                List.of("ALLOW_USER_SRP_AUTH"), List.of("COGNITO"), List.of("https://example.com/cb"), List.of(),
                "https://example.com/cb", List.of("code"), List.of("openid"), true, "ENABLED", true, false, 5,
                Map.of("RefreshTokenRotation", Map.of("Feature", "ENABLED", "RetryGracePeriodSeconds", 10)));
        List<AppClientEvent> events = List.of(
                new AppClientCreatedEvent("eu-west-1_AbC123xyZ", "abc", new ReversibleSecretSealer().seal(SECRET),
                        settings, T0),
                new AppClientCreatedEvent("eu-west-1_AbC123xyZ", "def", null, AppClientSettings.defaults("x"), T0),
                new AppClientSettingsChangedEvent("eu-west-1_AbC123xyZ", "abc", settings, T0),
                new AppClientDeletedEvent("eu-west-1_AbC123xyZ", "abc", T0));

        for (AppClientEvent event : events) {
            SerializedObject<String> stored = serializer.serialize(event, String.class);
            assertThat(stored.getType().getRevision()).isEqualTo("1");
            assertThat(stored.getData()).doesNotContain(SECRET);
            Object read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(event);
        }
    }
}
