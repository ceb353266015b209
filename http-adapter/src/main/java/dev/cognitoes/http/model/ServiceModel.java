package dev.cognitoes.http.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.http.model.Shape.BlobShape;
import dev.cognitoes.http.model.Shape.BooleanShape;
import dev.cognitoes.http.model.Shape.ListShape;
import dev.cognitoes.http.model.Shape.MapShape;
import dev.cognitoes.http.model.Shape.Member;
import dev.cognitoes.http.model.Shape.NumberShape;
import dev.cognitoes.http.model.Shape.StringShape;
import dev.cognitoes.http.model.Shape.StructureShape;
import dev.cognitoes.http.model.Shape.TimestampShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Amazon Cognito Identity Provider service model (botocore's {@code service-2.json} without documentation),
 * shipped in this module as {@value #RESOURCE}: every operation with its input and output shapes and errors,
 * and every shape with its constraints. Regular expressions are compiled once, when the model is read.
 */
public final class ServiceModel {

    /** The class path location of the shipped model. */
    public static final String RESOURCE = "/dev/cognitoes/http/model/service-2.json";

    private static final class Shipped {
        private static final ServiceModel MODEL = read(ServiceModel.class.getResourceAsStream(RESOURCE));
    }

    private final String targetPrefix;
    private final Map<String, OperationModel> operations;
    private final Map<String, Shape> shapes;

    private ServiceModel(String targetPrefix, Map<String, OperationModel> operations, Map<String, Shape> shapes) {
        this.targetPrefix = targetPrefix;
        this.operations = Collections.unmodifiableMap(operations);
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /** The model shipped with cognito-es, read once. */
    public static ServiceModel shipped() {
        return Shipped.MODEL;
    }

    /**
     * Reads a model in botocore's format.
     *
     * @throws UncheckedIOException     when the stream cannot be read or is not JSON
     * @throws IllegalArgumentException when a shape refers to a shape the model does not define
     */
    public static ServiceModel read(InputStream json) {
        if (json == null) {
            throw new IllegalArgumentException("model stream is null: the resource " + RESOURCE + " is missing");
        }
        JsonNode root;
        try (json) {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the service model failed", e);
        }
        Map<String, Pattern> patterns = new HashMap<>();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        root.path("shapes").properties().forEach(
                e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue(), patterns)));
        Map<String, OperationModel> operations = new LinkedHashMap<>();
        root.path("operations").properties().forEach(e -> {
            JsonNode op = e.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(error -> errors.add(error.path("shape").asText()));
            Optional<String> output = op.has("output") ? Optional.of(op.path("output").path("shape").asText())
                    : Optional.empty();
            operations.put(e.getKey(), new OperationModel(e.getKey(), op.path("input").path("shape").asText(),
                    output, errors));
        });
        ServiceModel model = new ServiceModel(root.path("metadata").path("targetPrefix").asText(), operations, shapes);
        model.checkReferences();
        return model;
    }

    /** The prefix of the {@code X-Amz-Target} header: {@code AWSCognitoIdentityProviderService}. */
    public String targetPrefix() {
        return targetPrefix;
    }

    /** Every operation by name, in model order. */
    public Map<String, OperationModel> operations() {
        return operations;
    }

    public Optional<OperationModel> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /**
     * @throws IllegalArgumentException when the model has no shape of that name
     */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("the service model has no shape named '" + name + "'");
        }
        return shape;
    }

    /** The names of the exception shapes: the error names AWS writes in {@code __type}. */
    public Set<String> exceptionNames() {
        Set<String> names = new TreeSet<>();
        shapes.values().forEach(s -> {
            if (s instanceof StructureShape structure && structure.exception()) {
                names.add(structure.name());
            }
        });
        return names;
    }

    private static Shape shape(String name, JsonNode node, Map<String, Pattern> patterns) {
        boolean sensitive = node.path("sensitive").asBoolean(false);
        String type = node.path("type").asText();
        return switch (type) {
            case "structure" -> structure(name, node, sensitive);
            case "list" -> new ListShape(name, node.path("member").path("shape").asText(), bound(node, "min"),
                    bound(node, "max"), sensitive);
            case "map" -> new MapShape(name, node.path("key").path("shape").asText(),
                    node.path("value").path("shape").asText(), bound(node, "min"), bound(node, "max"), sensitive);
            case "string" -> {
                List<String> enumValues = new ArrayList<>();
                node.path("enum").forEach(v -> enumValues.add(v.asText()));
                Pattern pattern = node.has("pattern")
                        ? patterns.computeIfAbsent(node.path("pattern").asText(), Pattern::compile) : null;
                yield new StringShape(name, bound(node, "min"), bound(node, "max"), pattern, enumValues, sensitive);
            }
            case "integer" -> new NumberShape(name, false, bound(node, "min"), bound(node, "max"));
            case "long" -> new NumberShape(name, true, bound(node, "min"), bound(node, "max"));
            case "boolean" -> new BooleanShape(name);
            case "timestamp" -> new TimestampShape(name);
            case "blob" -> new BlobShape(name, bound(node, "min"), bound(node, "max"), sensitive);
            default -> throw new IllegalArgumentException("shape '" + name + "' has an unknown type '" + type + "'");
        };
    }

    private static StructureShape structure(String name, JsonNode node, boolean sensitive) {
        Map<String, Member> members = new LinkedHashMap<>();
        node.path("members").properties().forEach(
                m -> members.put(m.getKey(), new Member(m.getKey(), m.getValue().path("shape").asText())));
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        return new StructureShape(name, members, required, sensitive, node.path("document").asBoolean(false),
                node.path("exception").asBoolean(false));
    }

    private static OptionalLong bound(JsonNode node, String field) {
        return node.has(field) ? OptionalLong.of(node.path(field).asLong()) : OptionalLong.empty();
    }

    private void checkReferences() {
        operations.values().forEach(op -> {
            shape(op.inputShape());
            op.outputShape().ifPresent(this::shape);
            op.errors().forEach(this::shape);
        });
        shapes.values().forEach(s -> {
            if (s instanceof StructureShape structure) {
                structure.members().values().forEach(m -> shape(m.shape()));
            } else if (s instanceof ListShape list) {
                shape(list.member());
            } else if (s instanceof MapShape map) {
                shape(map.key());
                shape(map.value());
            }
        });
    }
}
