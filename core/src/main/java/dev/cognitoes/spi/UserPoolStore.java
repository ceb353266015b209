package dev.cognitoes.spi;

import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Optional;

/**
 * The read model of user pools: the state DescribeUserPool and ListUserPools answer from, kept by a projection
 * that runs in the unit of work of each change. A storage module offers one; it holds only what the projection
 * saved.
 *
 * <p>Contract, checked by {@code UserPoolStoreContractTest}:
 * <ul>
 *   <li>{@link #save} stores the view whole, replacing any view with the same id; {@link #find} returns an equal
 *       view afterwards.</li>
 *   <li>{@link #delete} removes the view; deleting an unknown id does nothing.</li>
 *   <li>{@link #listAfter} orders by pool id (plain string order) and is consistent with every completed
 *       {@code save}/{@code delete}.</li>
 * </ul>
 * Implementations are safe for concurrent use.
 */
public interface UserPoolStore {

    /** Inserts or replaces the view of {@code pool.id()}. */
    void save(UserPoolView pool);

    /** The pool with this id, or empty. */
    Optional<UserPoolView> find(String userPoolId);

    /**
     * Pools of {@code region} whose id sorts after {@code afterUserPoolId}, in id order.
     *
     * @param afterUserPoolId the last id of the previous page, or {@code null} to start at the beginning
     * @param limit           at most this many pools; at least 1
     */
    List<UserPoolView> listAfter(String region, String afterUserPoolId, int limit);

    /** Removes the pool's view, if any. */
    void delete(String userPoolId);
}
