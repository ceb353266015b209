package dev.cognitoes.persistence.kafka.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where projections keep their {@link ProjectionCheckpoint}s, by projection name. A service whose read model lives
 * in a database implements this on that database, saving the checkpoint in the transaction of the model's changes.
 */
public interface ProjectionCheckpoints {

    /** The checkpoint last saved under {@code projectionName}, if any. */
    Optional<ProjectionCheckpoint> load(String projectionName);

    /** Replaces the checkpoint of {@code projectionName}; when this returns, it survives a crash. */
    void save(String projectionName, ProjectionCheckpoint checkpoint);

    /** Checkpoints kept in memory: every start of a new process replays the topic from its beginning. */
    static ProjectionCheckpoints inMemory() {
        Map<String, ProjectionCheckpoint> saved = new ConcurrentHashMap<>();
        return new ProjectionCheckpoints() {
            @Override
            public Optional<ProjectionCheckpoint> load(String projectionName) {
                return Optional.ofNullable(saved.get(projectionName));
            }

            @Override
            public void save(String projectionName, ProjectionCheckpoint checkpoint) {
                saved.put(projectionName, checkpoint);
            }
        };
    }

    /**
     * Checkpoints as JSON files {@code <projectionName>.json} in {@code directory}, each replaced atomically
     * (written beside it, forced to disk, then moved over it), so a crash leaves the previous or the new checkpoint.
     */
    static ProjectionCheckpoints inDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        ObjectMapper json = new ObjectMapper();
        return new ProjectionCheckpoints() {
            @Override
            public Optional<ProjectionCheckpoint> load(String projectionName) {
                Path file = directory.resolve(projectionName + ".json");
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                try {
                    JsonNode node = json.readTree(file.toFile());
                    Map<Integer, Long> offsets = new HashMap<>();
                    node.path("nextOffsets").fields().forEachRemaining(entry ->
                            offsets.put(Integer.parseInt(entry.getKey()), entry.getValue().asLong()));
                    JsonNode state = node.get("state");
                    return Optional.of(new ProjectionCheckpoint(offsets, state == null || state.isNull() ? null
                            : state));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read the checkpoint " + file, e);
                }
            }

            @Override
            public void save(String projectionName, ProjectionCheckpoint checkpoint) {
                ObjectNode node = json.createObjectNode();
                ObjectNode offsets = node.putObject("nextOffsets");
                checkpoint.nextOffsets().forEach((partition, offset) -> offsets.put(partition.toString(), offset));
                node.set("state", checkpoint.state());
                Path file = directory.resolve(projectionName + ".json");
                Path next = directory.resolve(projectionName + ".json.next");
                try {
                    Files.createDirectories(directory);
                    Files.write(next, json.writeValueAsBytes(node));
                    try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                    Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not save the checkpoint " + file, e);
                }
            }
        };
    }
}
