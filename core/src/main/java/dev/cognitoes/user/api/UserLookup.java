package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.Optional;

/**
 * Finds users for other features, consistent with every committed change, as the administrator operations find
 * them. Registered by the user feature as a component of the runtime's configuration.
 */
public interface UserLookup {

    /**
     * The user a name given in a request finds: its username, or the email address or phone number when the pool
     * uses them as username or the user has them as verified alias; compared as the pool compares names.
     *
     * @throws CognitoException ResourceNotFoundException when the pool does not exist
     */
    Optional<UserView> find(String userPoolId, String name);

    /** The user with this {@code sub} in the pool, or empty. */
    Optional<UserView> findBySub(String userPoolId, String sub);

    /**
     * @throws CognitoException ResourceNotFoundException when the pool does not exist, UserNotFoundException
     *                          {@code User does not exist.} when no user has the name
     */
    default UserView require(String userPoolId, String name) {
        return find(userPoolId, name)
                .orElseThrow(() -> new CognitoException(CognitoError.USER_NOT_FOUND, "User does not exist."));
    }
}
