package dev.cognitoes.userpool.api;

import java.util.Objects;

/**
 * One entry of CreateUserPool's {@code Schema}, as the caller wrote it: a standard attribute whose properties
 * change, or a new custom attribute. Absent parts are {@code null}; Cognito's defaults and rules apply when the
 * pool is created. Constraints are text, as Cognito's API carries them.
 *
 * @param name          a standard name such as {@code email}, or the custom name without its {@code custom:}
 *                      prefix, which Cognito adds
 * @param dataType      required for a custom attribute; for a standard one it may only repeat the standard type
 * @param developerOnly makes a custom attribute {@code dev:custom:<name>}; not allowed on a standard attribute
 */
public record SchemaAttributeDeclaration(String name, AttributeDataType dataType, Boolean developerOnly,
                                         Boolean mutable, Boolean required, String minLength, String maxLength,
                                         String minValue, String maxValue) {
    public SchemaAttributeDeclaration {
        Objects.requireNonNull(name, "name");
    }

    /** A custom or standard attribute of the given type with every other part left to Cognito's default. */
    public static SchemaAttributeDeclaration of(String name, AttributeDataType dataType) {
        return new SchemaAttributeDeclaration(name, dataType, null, null, null, null, null, null, null);
    }
}
