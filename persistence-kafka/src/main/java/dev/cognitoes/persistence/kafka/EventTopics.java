package dev.cognitoes.persistence.kafka;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of the topics one event log is published to: {@code <prefix>.events}, the events themselves, and
 * {@code <prefix>.positions}, the compacted topic where each publisher records how far it has published, in the
 * same Kafka transaction as the events.
 *
 * @param prefix the common start of both names (default {@value #DEFAULT_PREFIX}): letters, digits, {@code .},
 *               {@code _} and {@code -}, at most 200 characters
 */
public record EventTopics(String prefix) {

    /** The prefix used when none is configured. */
    public static final String DEFAULT_PREFIX = "cognito-es";

    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,200}");

    public EventTopics {
        Objects.requireNonNull(prefix, "prefix");
        if (!LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("topic prefix must be 1 to 200 letters, digits, '.', '_' or '-', was '"
                    + prefix + "'");
        }
    }

    /** The topics under {@link #DEFAULT_PREFIX}. */
    public static EventTopics defaults() {
        return new EventTopics(DEFAULT_PREFIX);
    }

    /** The topic the events are published to. */
    public String events() {
        return prefix + ".events";
    }

    /** The compacted topic of publishing positions, keyed by publisher id. */
    public String positions() {
        return prefix + ".positions";
    }
}
