package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Optional;

/**
 * Reads user pools for other features, consistent with every committed change. Registered by the user pool
 * feature as a component of the runtime's configuration.
 */
public interface UserPoolDirectory {

    /** The pool with this id, or empty when there is none (never created, or deleted). */
    Optional<UserPoolView> find(String userPoolId);

    /**
     * The pool with this id.
     *
     * @throws CognitoException ResourceNotFoundException {@code User pool <id> does not exist.}, as Cognito
     *                          answers every operation that names an unknown pool
     */
    default UserPoolView require(String userPoolId) {
        return find(userPoolId).orElseThrow(() -> notFound(userPoolId));
    }

    /** Cognito's refusal of an operation that names an unknown or deleted pool. */
    static CognitoException notFound(String userPoolId) {
        return new CognitoException(CognitoError.RESOURCE_NOT_FOUND, "User pool " + userPoolId + " does not exist.");
    }
}
