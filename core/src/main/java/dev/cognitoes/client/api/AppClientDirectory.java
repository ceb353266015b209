package dev.cognitoes.client.api;

import java.util.Optional;

/**
 * Reads app clients for other features, consistent with every committed change. Registered by the app client
 * feature as a component of the runtime's configuration.
 */
public interface AppClientDirectory {

    /** The client with this id, in whichever pool, or empty when there is none. */
    Optional<AppClientView> find(String clientId);
}
