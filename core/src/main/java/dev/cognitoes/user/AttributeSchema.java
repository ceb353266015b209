package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks attributes given for a new user against the pool's schema and the client's write permissions. */
final class AttributeSchema {

    static final String NOT_CONFORMING = "Attributes did not conform to the schema: ";
    static final String UNAUTHORIZED_WRITE = "A client attempted to write unauthorized attribute";

    private AttributeSchema() {
    }

    /**
     * @param client the client writing, or {@code null} for an administrator
     * @throws CognitoException NotAuthorizedException for {@code sub}, developer-only attributes written by a
     *                          client, or attributes outside the client's write attributes;
     *                          InvalidParameterException for attributes the schema lacks or required attributes
     *                          missing ({@code sub}, required by every schema, is Cognito's to assign)
     */
    static void check(UserPoolView pool, AppClientView client, Map<String, String> attributes) {
        checkWritable(pool, client, attributes);
        StringBuilder missing = new StringBuilder();
        for (SchemaAttribute attribute : pool.schema()) {
            String value = attributes.get(attribute.name());
            if (attribute.required() && !attribute.name().equals("sub") && (value == null || value.isEmpty())) {
                missing.append(attribute.name()).append(": The attribute is required\n");
            }
        }
        if (!missing.isEmpty()) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, NOT_CONFORMING + missing);
        }
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
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
            SchemaAttribute attribute = find(pool, name).orElseThrow(() -> new CognitoException(
                    CognitoError.INVALID_PARAMETER,
                    NOT_CONFORMING + "Type for attribute {" + name + "} could not be determined"));
            if (client != null && (attribute.developerOnly() || !writable(client, name))) {
                throw new CognitoException(CognitoError.NOT_AUTHORIZED, UNAUTHORIZED_WRITE);
            }
        }
    }

    private static boolean writable(AppClientView client, String name) {
        Set<String> writeAttributes = client.settings().writeAttributes();
        return writeAttributes == null || writeAttributes.contains(name);
    }

    private static Optional<SchemaAttribute> find(UserPoolView pool, String name) {
        return pool.schema().stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
