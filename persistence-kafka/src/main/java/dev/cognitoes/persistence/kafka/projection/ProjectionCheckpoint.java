package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * A projection's saved progress: its state and, for each partition of the events topic, the offset of the next
 * record to apply. Both are saved together, so the state always reflects exactly the records before the offsets.
 *
 * @param nextOffsets the next offset to read, by partition; a partition absent is read from its beginning
 * @param state       the projection's {@link EventLogProjection#state()}
 */
public record ProjectionCheckpoint(Map<Integer, Long> nextOffsets, JsonNode state) {
    public ProjectionCheckpoint {
        nextOffsets = Map.copyOf(Objects.requireNonNull(nextOffsets, "nextOffsets"));
    }
}
