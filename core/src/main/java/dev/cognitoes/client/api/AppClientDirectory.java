package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Optional;

/**
 * Reads app clients for other features, consistent with every committed change. Registered by the app client
 * feature as a component of the runtime's configuration. A client of a deleted pool is not found.
 */
public interface AppClientDirectory {

    /** The client with this id, in whichever pool, or empty when there is none. */
    Optional<AppClientView> find(String clientId);

    /**
     * The client with this id.
     *
     * @throws CognitoException ResourceNotFoundException {@code User pool client <id> does not exist.}, as Cognito
     *                          answers an unknown client id
     */
    default AppClientView require(String clientId) {
        return find(clientId).orElseThrow(() -> notFound(clientId));
    }

    /** Cognito's refusal of an operation that names an unknown or deleted app client. */
    static CognitoException notFound(String clientId) {
        return new CognitoException(CognitoError.RESOURCE_NOT_FOUND,
                "User pool client " + clientId + " does not exist.");
    }
}
