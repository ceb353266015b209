package dev.cognitoes.http.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cognitoes.http.model.Shape.BlobShape;
import dev.cognitoes.http.model.Shape.BooleanShape;
import dev.cognitoes.http.model.Shape.ListShape;
import dev.cognitoes.http.model.Shape.MapShape;
import dev.cognitoes.http.model.Shape.Member;
import dev.cognitoes.http.model.Shape.NumberShape;
import dev.cognitoes.http.model.Shape.StringShape;
import dev.cognitoes.http.model.Shape.StructureShape;
import dev.cognitoes.http.model.Shape.TimestampShape;
import dev.cognitoes.http.wire.AwsProtocolException;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request body against the input shape of its operation the way AWS does before an operation runs.
 *
 * <p>First the JSON types: a member of the wrong type fails the whole request with a
 * {@code SerializationException} worded as AWS words it ({@code STRING_VALUE can not be converted to an Integer},
 * {@code Start of structure or map found where not expected.}, {@code Expected list or null}). Then the
 * constraints: every broken one is listed in one {@code InvalidParameterException}, such as
 * <pre>2 validation errors detected: Value '' at 'clientId' failed to satisfy constraint: Member must have length
 * greater than or equal to 1; Value '' at 'clientId' failed to satisfy constraint: Member must satisfy regular
 * expression pattern: [\w+]+</pre>
 * Paths are lowerCamelCase member names joined by dots; elements of a list of structures are
 * {@code userAttributes.1.member.value} (1-based). Lists and maps of plain values are reported once for the
 * whole collection with all the element constraints ({@code Member must satisfy constraint: [...]},
 * {@code Map keys must satisfy constraint: [...]}, {@code Map value must satisfy constraint: [...]}).
 * Values of sensitive shapes (passwords, usernames, secrets), and collections holding any, are never echoed:
 * {@code Value at 'password' failed to satisfy constraint: ...}. A member that is JSON {@code null} counts as
 * absent. Members the model does not define are ignored.
 */
public final class InputValidator {

    private static final String LIST_FOUND = "Start of list found where not expected";
    private static final String MAP_FOUND = "Start of structure or map found where not expected.";

    private final ServiceModel model;
    private final Map<String, Boolean> holdsSensitive = new ConcurrentHashMap<>();

    public InputValidator(ServiceModel model) {
        this.model = model;
    }

    /**
     * @param body the request body, a JSON object
     * @throws AwsProtocolException a {@code SerializationException} when a member has the wrong JSON type
     * @throws CognitoException     an {@code InvalidParameterException} listing every broken constraint
     */
    public void validate(OperationModel operation, JsonNode body) {
        List<String> violations = new ArrayList<>();
        checkMembers((StructureShape) model.shape(operation.inputShape()), body, "", violations);
        if (!violations.isEmpty()) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, message(violations));
        }
    }

    static String message(List<String> violations) {
        return violations.size() + (violations.size() == 1 ? " validation error detected: "
                : " validation errors detected: ") + String.join("; ", violations);
    }

    private void checkMembers(StructureShape structure, JsonNode object, String prefix, List<String> violations) {
        for (Member member : structure.members().values()) {
            JsonNode value = object.get(member.name());
            String path = prefix + lowerCamel(member.name());
            if (value == null || value.isNull()) {
                if (structure.required().contains(member.name())) {
                    violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
                }
            } else {
                check(model.shape(member.shape()), value, path, violations);
            }
        }
    }

    private void check(Shape shape, JsonNode value, String path, List<String> violations) {
        if (shape instanceof StructureShape structure) {
            if (structure.document()) {
                return;
            }
            if (!value.isObject()) {
                throw AwsProtocolException.serialization(value.isArray() ? LIST_FOUND : "Expected null");
            }
            checkMembers(structure, value, path + ".", violations);
        } else if (shape instanceof ListShape list) {
            checkList(list, value, path, violations);
        } else if (shape instanceof MapShape map) {
            checkMap(map, value, path, violations);
        } else {
            for (String constraint : brokenConstraints(shape, value)) {
                violations.add(subject(shape, value, path) + " failed to satisfy constraint: " + constraint);
            }
        }
    }

    private void checkList(ListShape list, JsonNode value, String path, List<String> violations) {
        if (!value.isArray()) {
            throw AwsProtocolException.serialization(value.isObject() ? MAP_FOUND : "Expected list or null");
        }
        sizeViolations(list, value, path, list.min(), list.max(), violations);
        Shape element = model.shape(list.member());
        if (isScalar(element)) {
            boolean broken = false;
            for (JsonNode item : value) {
                if (!item.isNull() && !brokenConstraints(element, item).isEmpty()) {
                    broken = true;
                }
            }
            if (broken) {
                violations.add(subject(list, value, path) + " failed to satisfy constraint: "
                        + "Member must satisfy constraint: " + constraintsOf(element));
            }
            return;
        }
        int position = 1;
        for (JsonNode item : value) {
            if (!item.isNull()) {
                check(element, item, path + "." + position + ".member", violations);
            }
            position++;
        }
    }

    private void checkMap(MapShape map, JsonNode value, String path, List<String> violations) {
        if (!value.isObject()) {
            throw AwsProtocolException.serialization(value.isArray() ? LIST_FOUND : "Expected map or null");
        }
        sizeViolations(map, value, path, map.min(), map.max(), violations);
        Shape keyShape = model.shape(map.key());
        Shape valueShape = model.shape(map.value());
        boolean brokenKey = false;
        boolean brokenValue = false;
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!brokenConstraints(keyShape, TextNode.valueOf(entry.getKey())).isEmpty()) {
                brokenKey = true;
            }
            JsonNode entryValue = entry.getValue();
            if (entryValue.isNull()) {
                continue;
            }
            if (isScalar(valueShape)) {
                brokenValue |= !brokenConstraints(valueShape, entryValue).isEmpty();
            } else {
                check(valueShape, entryValue, path + "." + entry.getKey(), violations);
            }
        }
        if (brokenKey) {
            violations.add(subject(map, value, path) + " failed to satisfy constraint: Map keys must satisfy constraint: "
                    + constraintsOf(keyShape));
        }
        if (brokenValue) {
            violations.add(subject(map, value, path) + " failed to satisfy constraint: Map value must satisfy constraint: "
                    + constraintsOf(valueShape));
        }
    }

    private void sizeViolations(Shape shape, JsonNode value, String path, OptionalLong min, OptionalLong max,
                                List<String> violations) {
        if (min.isPresent() && value.size() < min.getAsLong()) {
            violations.add(subject(shape, value, path) + " failed to satisfy constraint: "
                    + "Member must have length greater than or equal to " + min.getAsLong());
        }
        if (max.isPresent() && value.size() > max.getAsLong()) {
            violations.add(subject(shape, value, path) + " failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + max.getAsLong());
        }
    }

    /** Checks the JSON type of a scalar, then returns the constraints it breaks, in the order AWS reports them. */
    private static List<String> brokenConstraints(Shape shape, JsonNode value) {
        List<String> broken = new ArrayList<>();
        if (shape instanceof StringShape string) {
            requireScalar(value.isTextual(), value, "a String");
            String text = value.textValue();
            lengthConstraints(text.codePointCount(0, text.length()), string.min(), string.max(), broken);
            if (string.pattern() != null && !string.pattern().matcher(text).matches()) {
                broken.add(patternConstraint(string));
            }
            if (!string.enumValues().isEmpty() && !string.enumValues().contains(text)) {
                broken.add(enumConstraint(string));
            }
        } else if (shape instanceof NumberShape number) {
            requireScalar(value.isNumber(), value, number.isLong() ? "a Long" : "an Integer");
            if (!number.isLong() && !value.canConvertToInt()) {
                throw AwsProtocolException.serialization("NUMBER_VALUE can not be converted to an Integer");
            }
            if (!value.canConvertToLong()) {
                throw AwsProtocolException.serialization("NUMBER_VALUE can not be converted to a Long");
            }
            long amount = value.longValue();
            if (number.min().isPresent() && amount < number.min().getAsLong()) {
                broken.add("Member must have value greater than or equal to " + number.min().getAsLong());
            }
            if (number.max().isPresent() && amount > number.max().getAsLong()) {
                broken.add("Member must have value less than or equal to " + number.max().getAsLong());
            }
        } else if (shape instanceof BooleanShape) {
            requireScalar(value.isBoolean(), value, "a Boolean");
        } else if (shape instanceof TimestampShape) {
            requireScalar(value.isNumber(), value, "a Date");
        } else if (shape instanceof BlobShape blob) {
            requireScalar(value.isTextual(), value, "a Blob");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(value.textValue());
            } catch (IllegalArgumentException notBase64) {
                throw AwsProtocolException.serialization("STRING_VALUE can not be converted to a Blob: "
                        + "it is not Base64");
            }
            lengthConstraints(bytes.length, blob.min(), blob.max(), broken);
        }
        return broken;
    }

    private static void lengthConstraints(long length, OptionalLong min, OptionalLong max, List<String> broken) {
        if (min.isPresent() && length < min.getAsLong()) {
            broken.add("Member must have length greater than or equal to " + min.getAsLong());
        }
        if (max.isPresent() && length > max.getAsLong()) {
            broken.add("Member must have length less than or equal to " + max.getAsLong());
        }
    }

    /** Every constraint of a scalar shape, in the order AWS lists them for the elements of a collection. */
    private static String constraintsOf(Shape shape) {
        List<String> all = new ArrayList<>();
        OptionalLong min = OptionalLong.empty();
        OptionalLong max = OptionalLong.empty();
        String noun = "length";
        if (shape instanceof StringShape string) {
            min = string.min();
            max = string.max();
        } else if (shape instanceof BlobShape blob) {
            min = blob.min();
            max = blob.max();
        } else if (shape instanceof NumberShape number) {
            min = number.min();
            max = number.max();
            noun = "value";
        }
        if (max.isPresent()) {
            all.add("Member must have " + noun + " less than or equal to " + max.getAsLong());
        }
        if (min.isPresent()) {
            all.add("Member must have " + noun + " greater than or equal to " + min.getAsLong());
        }
        if (shape instanceof StringShape string) {
            if (string.pattern() != null) {
                all.add(patternConstraint(string));
            }
            if (!string.enumValues().isEmpty()) {
                all.add(enumConstraint(string));
            }
        }
        return "[" + String.join(", ", all) + "]";
    }

    private static String patternConstraint(StringShape string) {
        return "Member must satisfy regular expression pattern: " + string.pattern().pattern();
    }

    private static String enumConstraint(StringShape string) {
        return "Member must satisfy enum value set: [" + String.join(", ", string.enumValues()) + "]";
    }

    private static void requireScalar(boolean typeMatches, JsonNode value, String target) {
        if (typeMatches) {
            return;
        }
        if (value.isArray()) {
            throw AwsProtocolException.serialization(LIST_FOUND);
        }
        if (value.isObject()) {
            throw AwsProtocolException.serialization(MAP_FOUND);
        }
        String kind = value.isTextual() ? "STRING_VALUE" : value.isNumber() ? "NUMBER_VALUE"
                : value.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
        throw AwsProtocolException.serialization(kind + " can not be converted to " + target);
    }

    private static boolean isScalar(Shape shape) {
        return !(shape instanceof StructureShape || shape instanceof ListShape || shape instanceof MapShape);
    }

    private String subject(Shape shape, JsonNode value, String path) {
        return holdsSensitive(shape) ? "Value at '" + path + "'" : "Value '" + render(value) + "' at '" + path + "'";
    }

    private boolean holdsSensitive(Shape shape) {
        Boolean known = holdsSensitive.get(shape.name());
        if (known == null) {
            known = holdsSensitive(shape, new HashSet<>());
            holdsSensitive.put(shape.name(), known);
        }
        return known;
    }

    private boolean holdsSensitive(Shape shape, Set<String> seen) {
        if (shape.sensitive()) {
            return true;
        }
        if (!seen.add(shape.name())) {
            return false;
        }
        if (shape instanceof StructureShape structure) {
            return structure.members().values().stream().anyMatch(m -> holdsSensitive(model.shape(m.shape()), seen));
        }
        if (shape instanceof ListShape list) {
            return holdsSensitive(model.shape(list.member()), seen);
        }
        if (shape instanceof MapShape map) {
            return holdsSensitive(model.shape(map.key()), seen) || holdsSensitive(model.shape(map.value()), seen);
        }
        return false;
    }

    /** A value as AWS echoes it: text as is, lists as {@code [a, b]}, maps and structures as {@code {k=v}}. */
    private static String render(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(render(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> entries = new ArrayList<>();
            value.properties().forEach(e -> entries.add(e.getKey() + "=" + render(e.getValue())));
            return "{" + String.join(", ", entries) + "}";
        }
        return value.asText();
    }

    static String lowerCamel(String memberName) {
        return Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
    }
}
