package dev.cognitoes.userpool;

import static dev.cognitoes.userpool.api.AttributeDataType.BOOLEAN;
import static dev.cognitoes.userpool.api.AttributeDataType.NUMBER;
import static dev.cognitoes.userpool.api.AttributeDataType.STRING;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Cognito's standard attributes and the rules that merge a CreateUserPool {@code Schema} into them. */
final class PoolSchema {

    static final int MAX_DECLARED_ATTRIBUTES = 50;
    static final int MAX_CUSTOM_ATTRIBUTES = 50;
    static final int MAX_CUSTOM_NAME_LENGTH = 20;
    static final int MAX_STRING_LENGTH = 2048;

    private static final Pattern CUSTOM_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

    static final List<SchemaAttribute> STANDARD = List.of(
            string("sub", false, true, 1),
            string("name"),
            string("given_name"),
            string("family_name"),
            string("middle_name"),
            string("nickname"),
            string("preferred_username"),
            string("profile"),
            string("picture"),
            string("website"),
            string("email"),
            bool("email_verified"),
            string("gender"),
            new SchemaAttribute("birthdate", STRING, false, true, false, 10, 10, null, null),
            string("zoneinfo"),
            string("locale"),
            string("phone_number"),
            bool("phone_number_verified"),
            string("address"),
            new SchemaAttribute("updated_at", NUMBER, false, true, false, null, null, 0L, null));

    private PoolSchema() {
    }

    /**
     * The pool's whole schema: the standard attributes, changed as declared, then the custom ones in declaration
     * order.
     *
     * @throws CognitoException InvalidParameterException as Cognito words each refusal
     */
    static List<SchemaAttribute> effective(List<SchemaAttributeDeclaration> declarations) {
        if (declarations.size() > MAX_DECLARED_ATTRIBUTES) {
            throw invalid("1 validation error detected: Value at 'schema' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + MAX_DECLARED_ATTRIBUTES);
        }
        Map<String, SchemaAttribute> standard = new LinkedHashMap<>();
        STANDARD.forEach(attribute -> standard.put(attribute.name(), attribute));
        Map<String, SchemaAttribute> declared = new LinkedHashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            SchemaAttributeDeclaration declaration = declarations.get(i);
            SchemaAttribute base = standard.get(declaration.name());
            SchemaAttribute attribute = base != null ? standardAttribute(base, declaration)
                                                     : customAttribute(declaration, "schema", i + 1);
            if (declared.putIfAbsent(attribute.name(), attribute) != null) {
                throw invalid(attribute.name() + ": Existing attribute already has name " + attribute.name() + ".");
            }
        }
        List<SchemaAttribute> schema = new ArrayList<>();
        for (SchemaAttribute attribute : STANDARD) {
            schema.add(declared.getOrDefault(attribute.name(), attribute));
        }
        declared.values().stream().filter(SchemaAttribute::custom).forEach(schema::add);
        return List.copyOf(schema);
    }

    /**
     * The custom attributes AddCustomAttributes adds to a pool whose schema is {@code existing}, in the order
     * declared.
     *
     * @throws CognitoException InvalidParameterException when a name is taken, by the pool or earlier in the
     *                          request, when the pool would have more than {@value #MAX_CUSTOM_ATTRIBUTES} custom
     *                          attributes, or as CreateUserPool refuses a custom attribute
     */
    static List<SchemaAttribute> added(List<SchemaAttribute> existing,
                                       List<SchemaAttributeDeclaration> declarations) {
        Set<String> taken = new HashSet<>();
        existing.forEach(attribute -> taken.add(attribute.name()));
        List<SchemaAttribute> added = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            SchemaAttribute attribute = customAttribute(declarations.get(i), "customAttributes", i + 1);
            if (!taken.add(attribute.name())) {
                throw invalid(attribute.name() + ": Existing attribute already has name " + attribute.name() + ".");
            }
            added.add(attribute);
        }
        long custom = existing.stream().filter(SchemaAttribute::custom).count() + added.size();
        if (custom > MAX_CUSTOM_ATTRIBUTES) {
            throw invalid("The user pool cannot have more than " + MAX_CUSTOM_ATTRIBUTES + " custom attributes.");
        }
        return List.copyOf(added);
    }

    private static SchemaAttribute standardAttribute(SchemaAttribute base, SchemaAttributeDeclaration declaration) {
        boolean otherType = declaration.dataType() != null && declaration.dataType() != base.dataType();
        if (otherType || Boolean.TRUE.equals(declaration.developerOnly())) {
            throw invalid("You can not change AttributeDataType or set developerOnlyAttribute for standard schema "
                    + "attribute " + base.name());
        }
        boolean mutable = orElse(declaration.mutable(), base.mutable());
        boolean required = orElse(declaration.required(), base.required());
        return constrained(base.name(), base.dataType(), false, mutable, required, declaration, base);
    }

    private static SchemaAttribute customAttribute(SchemaAttributeDeclaration declaration, String member,
                                                   int position) {
        String name = declaration.name();
        if (name.length() > MAX_CUSTOM_NAME_LENGTH) {
            throw invalid("1 validation error detected: Value '" + name + "' at '" + member + "." + position
                    + ".member.name' failed to satisfy constraint: Member must have length less than or equal to "
                    + MAX_CUSTOM_NAME_LENGTH);
        }
        if (name.isEmpty() || !CUSTOM_NAME.matcher(name).matches()) {
            throw invalid("1 validation error detected: Value '" + name + "' at '" + member + "." + position
                    + ".member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + CUSTOM_NAME.pattern());
        }
        if (declaration.dataType() == null) {
            throw invalid("Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
        }
        if (Boolean.TRUE.equals(declaration.required())) {
            throw invalid("Required custom attributes are not supported currently.");
        }
        boolean developerOnly = Boolean.TRUE.equals(declaration.developerOnly());
        String fullName = (developerOnly ? "dev:custom:" : "custom:") + name;
        boolean mutable = orElse(declaration.mutable(), true);
        return constrained(fullName, declaration.dataType(), developerOnly, mutable, false, declaration, null);
    }

    private static SchemaAttribute constrained(String name, AttributeDataType type, boolean developerOnly,
                                               boolean mutable, boolean required,
                                               SchemaAttributeDeclaration declaration, SchemaAttribute base) {
        Integer minLength = base == null ? null : base.minLength();
        Integer maxLength = base == null ? null : base.maxLength();
        Long minValue = base == null ? null : base.minValue();
        Long maxValue = base == null ? null : base.maxValue();
        if (type == STRING && (declaration.minLength() != null || declaration.maxLength() != null)) {
            minLength = lengthLimit(declaration.minLength(), name);
            maxLength = lengthLimit(declaration.maxLength(), name);
            if ((minLength != null && minLength > MAX_STRING_LENGTH)
                    || (maxLength != null && maxLength > MAX_STRING_LENGTH)) {
                throw invalid("user." + name + ": String attributes cannot have a length of more than "
                        + MAX_STRING_LENGTH);
            }
            if (minLength != null && maxLength != null && minLength > maxLength) {
                throw invalid("user." + name + ": Max length cannot be less than min length.");
            }
        }
        if (type == NUMBER && (declaration.minValue() != null || declaration.maxValue() != null)) {
            minValue = valueLimit(declaration.minValue(), name);
            maxValue = valueLimit(declaration.maxValue(), name);
            if (minValue != null && maxValue != null && minValue > maxValue) {
                throw invalid("user." + name + ": Max value cannot be less than min value.");
            }
        }
        return new SchemaAttribute(name, type, developerOnly, mutable, required, minLength, maxLength, minValue,
                maxValue);
    }

    private static Integer lengthLimit(String text, String attributeName) {
        Long value = parse(text, "StringAttributeConstraints", attributeName);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw invalid("Invalid StringAttributeConstraints for schema attribute " + attributeName);
        }
        return value.intValue();
    }

    private static Long valueLimit(String text, String attributeName) {
        return parse(text, "NumberAttributeConstraints", attributeName);
    }

    private static Long parse(String text, String constraint, String attributeName) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            throw invalid("Invalid " + constraint + " for schema attribute " + attributeName);
        }
    }

    private static boolean orElse(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static SchemaAttribute string(String name) {
        return string(name, true, false, 0);
    }

    private static SchemaAttribute string(String name, boolean mutable, boolean required, int minLength) {
        return new SchemaAttribute(name, STRING, false, mutable, required, minLength, MAX_STRING_LENGTH, null, null);
    }

    private static SchemaAttribute bool(String name) {
        return new SchemaAttribute(name, BOOLEAN, false, true, false, null, null, null, null);
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }
}
