package dev.cognitoes.http.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shape of the AWS service model: the type and the constraints of a value on the wire. Members, list elements
 * and map keys and values refer to their shapes by name; {@link ServiceModel#shape(String)} resolves them.
 */
public sealed interface Shape {

    /** The shape's name in the model, such as {@code UsernameType}. */
    String name();

    /** Whether values of this shape are secrets that a message must never echo, such as passwords. */
    default boolean sensitive() {
        return false;
    }

    /** A structure member: its wire name and the name of its shape. */
    record Member(String name, String shape) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(shape, "shape");
        }
    }

    /**
     * @param members  in model order, by wire name
     * @param required the wire names of the members that must be present
     * @param document whether the structure is a free-form JSON document that has no members to check
     */
    record StructureShape(String name, Map<String, Member> members, Set<String> required, boolean sensitive,
                          boolean document, boolean exception) implements Shape {
        public StructureShape {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
            required = Set.copyOf(required);
        }
    }

    /**
     * @param member the shape of the elements
     * @param min    the fewest elements allowed, when constrained
     * @param max    the most elements allowed, when constrained
     */
    record ListShape(String name, String member, OptionalLong min, OptionalLong max, boolean sensitive)
            implements Shape {
    }

    /**
     * @param min the fewest entries allowed, when constrained
     * @param max the most entries allowed, when constrained
     */
    record MapShape(String name, String key, String value, OptionalLong min, OptionalLong max, boolean sensitive)
            implements Shape {
    }

    /**
     * @param min        the shortest length allowed in Unicode code points, when constrained
     * @param max        the longest length allowed in Unicode code points, when constrained
     * @param pattern    the regular expression the whole value must match, or {@code null}
     * @param enumValues the allowed values in model order; empty when any value is allowed
     */
    record StringShape(String name, OptionalLong min, OptionalLong max, Pattern pattern, List<String> enumValues,
                       boolean sensitive) implements Shape {
        public StringShape {
            enumValues = List.copyOf(enumValues);
        }
    }

    /** An {@code integer} or {@code long} shape. */
    record NumberShape(String name, boolean isLong, OptionalLong min, OptionalLong max) implements Shape {
    }

    record BooleanShape(String name) implements Shape {
    }

    /** A point in time; on the AWS JSON wire, epoch seconds as a JSON number. */
    record TimestampShape(String name) implements Shape {
    }

    /** Binary data; on the wire, Base64 text. {@code min}/{@code max} constrain the decoded length in bytes. */
    record BlobShape(String name, OptionalLong min, OptionalLong max, boolean sensitive) implements Shape {
    }
}
