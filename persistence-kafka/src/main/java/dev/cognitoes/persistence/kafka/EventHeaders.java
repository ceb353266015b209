package dev.cognitoes.persistence.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of every record on the events topic, part of the topic's public contract. Each value is UTF-8 text;
 * each header appears once.
 */
public final class EventHeaders {

    /** The event's Java type, as stored in the event log: {@code dev.cognitoes.user.api.UserSignedUpEvent}. */
    public static final String EVENT_TYPE = "cognito.event-type";
    /** The revision of the event type ({@code @Revision}), {@code 1} for every type so far. */
    public static final String EVENT_REVISION = "cognito.event-revision";
    /** The event's unique id, the same as in the event log; consumers may deduplicate on it. */
    public static final String EVENT_ID = "cognito.event-id";
    /** The aggregate the event belongs to; also the record key. */
    public static final String AGGREGATE_ID = "cognito.aggregate-id";
    /** The aggregate's type: {@code UserPool}, {@code AppClient}, {@code User}, {@code NameClaim}, {@code Group}. */
    public static final String AGGREGATE_TYPE = "cognito.aggregate-type";
    /** The event's position in its aggregate's stream, from 0, in decimal. */
    public static final String SEQUENCE_NUMBER = "cognito.sequence-number";
    /** When the event was stored, ISO-8601 in UTC ({@code 2025-01-31T12:00:00.123Z}). */
    public static final String TIMESTAMP = "cognito.timestamp";
    /** The user pool the event belongs to. */
    public static final String USER_POOL_ID = "cognito.user-pool-id";

    private EventHeaders() {
    }

    /** The text of header {@code name}, or {@code null} when the record has none. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
