package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * One attribute a pool's users may have, standard or custom, as Cognito's {@code SchemaAttributeType}.
 *
 * @param name          the full name: {@code email}, or {@code custom:team} for a custom attribute
 * @param minLength     for strings, the shortest value allowed; {@code null} when unconstrained
 * @param maxLength     for strings, the longest value allowed; {@code null} when unconstrained
 * @param minValue      for numbers, the smallest value allowed; {@code null} when unconstrained
 * @param maxValue      for numbers, the largest value allowed; {@code null} when unconstrained
 * @param developerOnly whether only administrators may read and write it ({@code dev:custom:} names)
 */
public record SchemaAttribute(String name, AttributeDataType dataType, boolean developerOnly, boolean mutable,
                              boolean required, Integer minLength, Integer maxLength, Long minValue,
                              Long maxValue) {
    public SchemaAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }

    /** Whether the pool declared it ({@code custom:} or {@code dev:custom:}), as opposed to a standard one. */
    public boolean custom() {
        return name.startsWith("custom:") || name.startsWith("dev:custom:");
    }
}
