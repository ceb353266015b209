package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.persistence.kafka.EventHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of the events topic, read through its contract: the headers of {@link EventHeaders} and the event's
 * JSON. Consumers need none of cognito-es's Java event types to read it.
 *
 * @param eventType      the event's Java type name, e.g. {@code dev.cognitoes.user.api.UserSignedUpEvent}
 * @param revision       the event type's revision
 * @param eventId        the event's unique id
 * @param aggregateId    the aggregate the event belongs to (the record key)
 * @param aggregateType  the aggregate's type, e.g. {@code User}
 * @param sequenceNumber the event's position in its aggregate's stream
 * @param timestamp      when the event was stored
 * @param userPoolId     the user pool the event belongs to
 * @param payload        the event as JSON, as stored
 * @param partition      the partition the record was read from
 * @param offset         the record's offset in its partition
 */
public record PublishedEvent(String eventType, String revision, String eventId, String aggregateId,
                             String aggregateType, long sequenceNumber, Instant timestamp, String userPoolId,
                             JsonNode payload, int partition, long offset) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PublishedEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * Reads a record of the events topic.
     *
     * @throws IllegalArgumentException when the record lacks the type or timestamp header, or its value is not JSON
     */
    public static PublishedEvent of(ConsumerRecord<String, byte[]> record) {
        String type = EventHeaders.text(record.headers(), EventHeaders.EVENT_TYPE);
        String timestamp = EventHeaders.text(record.headers(), EventHeaders.TIMESTAMP);
        if (type == null || timestamp == null || record.value() == null) {
            throw new IllegalArgumentException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a cognito-es event");
        }
        String sequence = EventHeaders.text(record.headers(), EventHeaders.SEQUENCE_NUMBER);
        try {
            return new PublishedEvent(type, EventHeaders.text(record.headers(), EventHeaders.EVENT_REVISION),
                    EventHeaders.text(record.headers(), EventHeaders.EVENT_ID), record.key(),
                    EventHeaders.text(record.headers(), EventHeaders.AGGREGATE_TYPE),
                    sequence == null ? -1 : Long.parseLong(sequence), Instant.parse(timestamp),
                    EventHeaders.text(record.headers(), EventHeaders.USER_POOL_ID), JSON.readTree(record.value()),
                    record.partition(), record.offset());
        } catch (IOException e) {
            throw new UncheckedIOException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " holds no JSON", e);
        }
    }

    /** The event type without its package: {@code UserSignedUpEvent}. */
    public String simpleType() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    /** A text field of the payload, or {@code null} when it has none. */
    public String text(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
