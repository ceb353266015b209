package dev.cognitoes.userpool.api;

import java.util.Optional;

/**
 * Reads user pools for other features, consistent with every committed change. Registered by the user pool
 * feature as a component of the runtime's configuration.
 */
public interface UserPoolDirectory {

    /** The pool with this id, or empty when there is none (never created, or deleted). */
    Optional<UserPoolView> find(String userPoolId);
}
