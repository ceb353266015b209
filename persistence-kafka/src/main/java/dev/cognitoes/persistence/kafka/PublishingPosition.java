package dev.cognitoes.persistence.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.Serializer;

/**
 * How far a publisher has published, as the value of its record on the positions topic: the whole tracking token
 * of the event log (on PostgreSQL a gap-aware token, whose gaps are the events that may still commit late) with
 * its type, so the publisher resumes exactly where its last committed transaction ended.
 */
final class PublishingPosition {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer serializer;

    PublishingPosition(Serializer serializer) {
        this.serializer = serializer;
    }

    byte[] write(String publisherId, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        ObjectNode value = JSON.createObjectNode();
        value.put("publisherId", publisherId);
        value.put("tokenType", serialized.getType().getName());
        value.put("tokenRevision", serialized.getType().getRevision());
        try {
            value.set("token", JSON.readTree(serialized.getData()));
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the publishing position", e);
        }
    }

    TrackingToken read(byte[] value) {
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode revision = node.path("tokenRevision");
            SimpleSerializedType type = new SimpleSerializedType(node.path("tokenType").asText(),
                    revision.isNull() || revision.isMissingNode() ? null : revision.asText());
            return serializer.deserialize(new SimpleSerializedObject<>(JSON.writeValueAsBytes(node.get("token")),
                    byte[].class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the publishing position", e);
        }
    }
}
