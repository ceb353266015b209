package dev.cognitoes.spi;

import java.util.List;
import java.util.Optional;

/**
 * The read model of app clients: the state DescribeUserPoolClient, ListUserPoolClients and every flow that names a
 * client answer from, kept by a projection that runs in the unit of work of each change. A storage module offers
 * one.
 *
 * <p>Contract, checked by {@code AppClientStoreContractTest}:
 * <ul>
 *   <li>{@link #save} stores the client whole, replacing any client with the same id; {@link #find} returns an
 *       equal record afterwards.</li>
 *   <li>{@link #delete} and {@link #deleteAllOf} remove clients; removing what is not there does nothing.</li>
 *   <li>{@link #listAfter} lists one pool's clients ordered by client id (plain string order).</li>
 * </ul>
 * Implementations are safe for concurrent use. Secrets arrive sealed and must be kept as given.
 */
public interface AppClientStore {

    /** Inserts or replaces the client {@code client.clientId()}. */
    void save(StoredAppClient client);

    /** The client with this id, in whichever pool, or empty. */
    Optional<StoredAppClient> find(String clientId);

    /**
     * Clients of {@code userPoolId} whose id sorts after {@code afterClientId}, in id order.
     *
     * @param afterClientId the last id of the previous page, or {@code null} to start at the beginning
     * @param limit         at most this many clients; at least 1
     */
    List<StoredAppClient> listAfter(String userPoolId, String afterClientId, int limit);

    /** Removes one client, if present. */
    void delete(String clientId);

    /** Removes every client of a pool, as when the pool is deleted. */
    void deleteAllOf(String userPoolId);
}
