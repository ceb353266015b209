package dev.cognitoes.spi;

import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.UserView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The read model of users: kept by the user feature's projection in the unit of work that stores the events, so
 * a read sees every committed change. It is a view, never the source of truth for uniqueness: that rests on the
 * event log.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>Users are keyed by (pool id, {@code sub}); {@link #save} inserts or replaces.</li>
 *   <li>Names are keyed by (pool id, kind, normalized name) and map to one {@code sub}; a name may be recorded
 *       before the user it names is saved. Lookups by name return the user only once both exist.</li>
 *   <li>{@link #delete} removes the user and every name mapped to it; {@link #deletePool} removes every user and
 *       name of the pool.</li>
 *   <li>{@link #list} orders users by {@code sub} and starts after the given {@code sub}.</li>
 *   <li>{@link #count} is the number of users of the pool that {@link #list} would return without a filter.</li>
 *   <li>Implementations are safe for concurrent use.</li>
 * </ul>
 */
public interface UserStore {

    /** Inserts or replaces the user with this view's pool and {@code sub}. */
    void save(UserView user);

    Optional<UserView> findBySub(String userPoolId, String sub);

    /** Records that {@code normalizedName} of {@code kind} names the user {@code sub}, replacing any mapping. */
    void putName(String userPoolId, NameKind kind, String normalizedName, String sub);

    /** Forgets the name; nothing happens when it is not recorded. */
    void removeName(String userPoolId, NameKind kind, String normalizedName);

    /** The user the name is recorded for, if the name and the user both exist. */
    Optional<UserView> findByName(String userPoolId, NameKind kind, String normalizedName);

    /** Every name recorded for the user, by kind: what must be released when the user goes. */
    Map<NameKind, String> namesOf(String userPoolId, String sub);

    /**
     * Up to {@code limit} users of the pool that {@code filter} accepts, ordered by {@code sub}.
     *
     * @param afterSub the {@code sub} the previous page ended with, or {@code null} for the first page
     */
    List<UserView> list(String userPoolId, String afterSub, int limit, Predicate<UserView> filter);

    /** How many users of the pool are stored. */
    long count(String userPoolId);

    /** Removes the user and its names; nothing happens when it is not stored. */
    void delete(String userPoolId, String sub);

    /** Removes every user and name of the pool. */
    void deletePool(String userPoolId);
}
