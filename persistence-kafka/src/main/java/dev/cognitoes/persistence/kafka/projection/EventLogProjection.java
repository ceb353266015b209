package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A read model built from the events topic by a {@link KafkaProjectionRunner}. The runner calls {@link #apply} in
 * the topic's order within each partition (so in order per aggregate), and saves the model's {@link #state()}
 * together with the positions it has reached, so a restarted service resumes where it stopped and applies each
 * event once. Calls come from the runner's thread; queries from other threads need the model's own locking.
 */
public interface EventLogProjection {

    /** Takes one event into the model. Events of types the model does not know are to be ignored. */
    void apply(PublishedEvent event);

    /** The whole model as JSON, saved with the positions reached. */
    JsonNode state();

    /** Puts the model back to a saved {@link #state()}, or empties it when {@code state} is {@code null}. */
    void restore(JsonNode state);
}
