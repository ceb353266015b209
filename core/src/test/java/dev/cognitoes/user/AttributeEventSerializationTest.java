package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.code.FixedSaltCodeHasher;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.api.AttributeVerificationAttemptFailedEvent;
import dev.cognitoes.user.api.AttributeVerificationCodeSentEvent;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributeVerifiedEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserDisabledEvent;
import dev.cognitoes.user.api.UserEnabledEvent;
import dev.cognitoes.user.api.UserEvent;
import dev.cognitoes.user.api.UserMfaOptionsSetEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributeEventSerializationTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");
    static final String SUB = TestIds.sub(7);
    static final String POOL = "eu-west-1_AbC123xyZ";

    final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();

    @Test
    @DisplayName("every attribute, status and settings event comes back equal from its stored form, with revision 1")
    void roundTrips() {
        List<UserEvent> events = List.of(
                new UserAttributesChangedEvent(SUB, POOL, Map.of("email", "jane@example.com", "email_verified",
                        "false"), Set.of("custom:team"), T0),
                new UserAttributeUpdatePendingEvent(SUB, POOL, "email", "janet@example.com", T0),
                new AttributeVerificationCodeSentEvent(SUB, POOL, FixedSaltCodeHasher.create().hash("123456"),
                        DeliveryMedium.EMAIL, "email", "janet@example.com", T0, T0.plusSeconds(86_400)),
                new UserDisabledEvent(SUB, POOL, T0),
                new UserEnabledEvent(SUB, POOL, T0),
                new UserMfaOptionsSetEvent(SUB, POOL, List.of(new MfaOption(DeliveryMedium.SMS, "phone_number")),
                        T0),
                new UserAttributeVerifiedEvent(SUB, POOL, "email", "janet@example.com", true, T0),
                new AttributeVerificationAttemptFailedEvent(SUB, POOL, "phone_number", 2, T0));

        for (UserEvent event : events) {
            SerializedObject<String> stored = serializer.serialize(event, String.class);
            assertThat(stored.getType().getRevision()).isEqualTo("1");
            assertThat(stored.getData()).doesNotContain("123456");
            Object read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(event);
        }
    }
}
