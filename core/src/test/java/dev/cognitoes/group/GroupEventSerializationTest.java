package dev.cognitoes.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.group.api.GroupCreatedEvent;
import dev.cognitoes.group.api.GroupDeletedEvent;
import dev.cognitoes.group.api.GroupEvent;
import dev.cognitoes.group.api.GroupSettingsChangedEvent;
import dev.cognitoes.group.api.UserAddedToGroupEvent;
import dev.cognitoes.group.api.UserRemovedFromGroupEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupEventSerializationTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");
    static final String POOL = "eu-west-1_AbC123xyZ";
    static final String SUB = "00000000-0000-0000-0000-000000000001";
    final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();

    @Test
    @DisplayName("every group event is stored at revision 1 and comes back equal, absent settings included")
    void roundTrips() {
        List<GroupEvent> events = List.of(
                new GroupCreatedEvent(POOL, "admins", "Administrators", "arn:aws:iam::123456789012:role/A", 0, T0),
                new GroupCreatedEvent(POOL, "Ünïcode/ßtuff", null, null, null, T0),
                new GroupSettingsChangedEvent(POOL, "admins", "Admins", null, Integer.MAX_VALUE, T0),
                new GroupDeletedEvent(POOL, "admins", T0),
                new UserAddedToGroupEvent(POOL, "admins", SUB, T0),
                new UserRemovedFromGroupEvent(POOL, "admins", SUB, T0));

        for (GroupEvent event : events) {
            SerializedObject<String> stored = serializer.serialize(event, String.class);
            assertThat(stored.getType().getRevision()).isEqualTo("1");
            assertThat(serializer.<String, Object>deserialize(stored)).isEqualTo(event);
        }
    }
}
