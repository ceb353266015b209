package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.UserPoolView;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks attributes given for a user against the pool's schema (names, types, length and value constraints,
 * formats) and the client's write permissions.
 */
final class AttributeSchema {

    static final String NOT_CONFORMING = "Attributes did not conform to the schema: ";
    static final String UNAUTHORIZED_WRITE = "A client attempted to write unauthorized attribute";
    static final String SUB_IMMUTABLE = "Cannot modify the non-mutable attribute sub";
    static final String INVALID_EMAIL = "Invalid email address format.";
    static final String INVALID_PHONE_NUMBER = "Invalid phone number format.";

    private static final Set<String> USER_READ_ONLY = Set.of("sub", "email_verified", "phone_number_verified");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private AttributeSchema() {
    }

    /**
     * Checks the attributes of a new user (SignUp, AdminCreateUser).
     *
     * @param client the client writing, or {@code null} for an administrator
     * @throws CognitoException NotAuthorizedException for {@code sub} written by a client, developer-only
     *                          attributes written by a client, or attributes outside the client's write
     *                          attributes; InvalidParameterException for {@code sub} written by an administrator,
     *                          attributes the schema lacks, malformed email addresses and phone numbers,
     *                          {@code email_verified} or {@code phone_number_verified} without the attribute, values
     *                          that break their attribute's type or constraints, or required attributes missing
     *                          ({@code sub}, required by every schema, is Cognito's to assign)
     */
    static void check(UserPoolView pool, AppClientView client, Map<String, String> attributes) {
        checkWritable(pool, client, attributes);
        attributes.forEach(AttributeSchema::checkFormat);
        requireVerifiedAttribute(attributes, SignInNames.EMAIL, AttributeChanges.EMAIL_REQUIRED);
        requireVerifiedAttribute(attributes, SignInNames.PHONE_NUMBER, AttributeChanges.PHONE_NUMBER_REQUIRED);
        StringBuilder violations = new StringBuilder();
        for (SchemaAttribute attribute : pool.schema()) {
            String value = attributes.get(attribute.name());
            if (attribute.required() && !attribute.name().equals("sub") && (value == null || value.isEmpty())) {
                violations.append(attribute.name()).append(": The attribute is required\n");
            }
        }
        for (SchemaAttribute attribute : pool.schema()) {
            String value = attributes.get(attribute.name());
            if (value != null && !value.isEmpty()) {
                violation(attribute, value).ifPresent(v -> violations.append(v).append('\n'));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(NOT_CONFORMING + violations);
        }
    }

    /**
     * What is wrong with a non-empty value of an attribute, as one line of Cognito's schema error
     * ({@code custom:age: Number must be no greater than 120}), or empty when it conforms. Strings are measured
     * in characters; numbers are integers; booleans are {@code true} or {@code false} in any case. DateTime
     * values are not checked beyond the length every value has.
     */
    static Optional<String> violation(SchemaAttribute attribute, String value) {
        String name = attribute.name();
        return switch (attribute.dataType()) {
            case STRING -> {
                int length = value.codePointCount(0, value.length());
                if (attribute.maxLength() != null && length > attribute.maxLength()) {
                    yield Optional.of(name + ": String must be no longer than " + attribute.maxLength()
                            + " characters");
                }
                if (attribute.minLength() != null && length < attribute.minLength()) {
                    yield Optional.of(name + ": String must be no shorter than " + attribute.minLength()
                            + " characters");
                }
                yield Optional.empty();
            }
            case NUMBER -> {
                if (!INTEGER.matcher(value).matches()) {
                    yield Optional.of(name + ": Number is not valid");
                }
                BigInteger number = new BigInteger(value);
                if (attribute.maxValue() != null && number.compareTo(BigInteger.valueOf(attribute.maxValue())) > 0) {
                    yield Optional.of(name + ": Number must be no greater than " + attribute.maxValue());
                }
                if (attribute.minValue() != null && number.compareTo(BigInteger.valueOf(attribute.minValue())) < 0) {
                    yield Optional.of(name + ": Number must be no less than " + attribute.minValue());
                }
                yield Optional.empty();
            }
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? Optional.empty()
                    : Optional.of(name + ": Boolean is not valid");
            case DATE_TIME -> Optional.empty();
        };
    }

    /**
     * @throws CognitoException InvalidParameterException when a non-empty {@code email} is not an email address
     *                          or a non-empty {@code phone_number} not an E.164 number
     */
    static void checkFormat(String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (name.equals(SignInNames.EMAIL) && !SignInNames.isEmail(value)) {
            throw invalid(INVALID_EMAIL);
        }
        if (name.equals(SignInNames.PHONE_NUMBER) && !SignInNames.isPhoneNumber(value)) {
            throw invalid(INVALID_PHONE_NUMBER);
        }
    }

    private static void requireVerifiedAttribute(Map<String, String> attributes, String attribute, String message) {
        String flag = attributes.get(attribute + "_verified");
        String value = attributes.get(attribute);
        if (flag != null && !flag.isEmpty() && (value == null || value.isEmpty())) {
            throw invalid(message);
        }
    }

    static Optional<SchemaAttribute> find(List<SchemaAttribute> schema, String name) {
        return schema.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The first half of {@link #check}: every attribute is in the schema and the client may write it.
     *
     * @param client the client writing, or {@code null} for an administrator
     * @throws CognitoException NotAuthorizedException or InvalidParameterException as {@link #check}
     */
    static void checkWritable(UserPoolView pool, AppClientView client, Map<String, String> attributes) {
        for (String name : attributes.keySet()) {
            if (name.equals("sub")) {
                throw client == null ? invalid(SUB_IMMUTABLE)
                        : new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
            SchemaAttribute attribute = find(pool.schema(), name).orElseThrow(() -> invalid(
                    NOT_CONFORMING + "Type for attribute {" + name + "} could not be determined"));
            if (client != null && (attribute.developerOnly() || !writable(client, name))) {
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
        }
    }

    /**
     * Checks that a signed-in user may change these attributes through the app client their access token names
     * (UpdateUserAttributes, DeleteUserAttributes). Attributes outside the schema are left to the change itself,
     * which refuses them as for an administrator.
     *
     * @throws CognitoException NotAuthorizedException for {@code sub}, {@code email_verified},
     *                          {@code phone_number_verified} (only a code or an administrator verifies), developer-only
     *                          attributes and attributes outside the client's write attributes
     */
    static void checkWritableByUser(UserPoolView pool, AppClientView client, Collection<String> names) {
        for (String name : names) {
            if (USER_READ_ONLY.contains(name)) {
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
            Optional<SchemaAttribute> attribute = find(pool.schema(), name);
            if (attribute.isPresent() && (attribute.get().developerOnly() || !writable(client, name))) {
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
        }
    }

    private static boolean writable(AppClientView client, String name) {
        Set<String> writeAttributes = client.settings().writeAttributes();
        return writeAttributes == null || writeAttributes.contains(name);
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }
}
