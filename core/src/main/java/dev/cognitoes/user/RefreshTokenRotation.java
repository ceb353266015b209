package dev.cognitoes.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.client.api.AppClientSettings;
import java.time.Duration;

/**
 * An app client's {@code RefreshTokenRotation}, read from the settings it is kept in unchanged: {@code Feature}
 * {@code ENABLED} turns rotation on, {@code RetryGracePeriodSeconds} (0 to 60, 0 when absent) is how long a
 * rotated-out refresh token keeps working.
 */
record RefreshTokenRotation(boolean enabled, Duration gracePeriod) {

    static final String SETTING = "RefreshTokenRotation";

    private static final ObjectMapper JSON = new ObjectMapper();

    static RefreshTokenRotation of(AppClientSettings settings) {
        Object setting = settings.additionalSettings().get(SETTING);
        if (setting == null) {
            return new RefreshTokenRotation(false, Duration.ZERO);
        }
        JsonNode tree = JSON.valueToTree(setting);
        return new RefreshTokenRotation("ENABLED".equals(tree.path("Feature").asText()),
                Duration.ofSeconds(Math.max(0, Math.min(60, tree.path("RetryGracePeriodSeconds").asInt(0)))));
    }
}
