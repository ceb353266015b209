package dev.cognitoes.spi;

import dev.cognitoes.group.api.GroupView;
import java.util.List;
import java.util.Optional;

/**
 * The read model of groups and their members: the state GetGroup, ListGroups, ListUsersInGroup,
 * AdminListGroupsForUser and the tokens' group claims answer from, kept by the group feature's projection in the
 * unit of work of each change. It is a view, never the source of truth for the uniqueness of group names: that
 * rests on the event log.
 *
 * <p>Contract, checked by {@code GroupStoreContractTest}:
 * <ul>
 *   <li>Groups are keyed by (pool id, group name); names compare exactly (case-sensitively). {@link #save} inserts
 *       or replaces the group whole and leaves its members as they are; {@link #find} returns an equal view.</li>
 *   <li>Memberships are keyed by (pool id, group name, {@code sub}). {@link #addMember} of a present membership
 *       and {@link #removeMember} of an absent one change nothing.</li>
 *   <li>{@link #delete} removes the group and its memberships; {@link #deleteMemberships} removes every membership
 *       of a user; {@link #deletePool} removes every group and membership of the pool. Removing what is not there
 *       does nothing.</li>
 *   <li>{@link #listAfter} orders a pool's groups by name, {@link #membersAfter} a group's members by {@code sub},
 *       {@link #groupsOf} a user's groups by name; all in plain string order (by UTF-16 code unit, as
 *       {@link String#compareTo}).</li>
 *   <li>Implementations are safe for concurrent use; a read sees every completed write.</li>
 * </ul>
 */
public interface GroupStore {

    /** Inserts or replaces the group {@code (group.userPoolId(), group.groupName())}. */
    void save(GroupView group);

    /** The group of this exact name in the pool, or empty. */
    Optional<GroupView> find(String userPoolId, String groupName);

    /**
     * Groups of the pool whose name sorts after {@code afterGroupName}, in name order.
     *
     * @param afterGroupName the last name of the previous page, or {@code null} to start at the beginning
     * @param limit          at most this many groups; at least 1
     */
    List<GroupView> listAfter(String userPoolId, String afterGroupName, int limit);

    /** Removes the group and every membership in it. */
    void delete(String userPoolId, String groupName);

    /** Records that the user {@code sub} is a member of the group. */
    void addMember(String userPoolId, String groupName, String sub);

    /** Ends the user's membership of the group. */
    void removeMember(String userPoolId, String groupName, String sub);

    /**
     * Members of the group whose {@code sub} sorts after {@code afterSub}, in {@code sub} order.
     *
     * @param afterSub the last {@code sub} of the previous page, or {@code null} to start at the beginning
     * @param limit    at most this many; at least 1
     */
    List<String> membersAfter(String userPoolId, String groupName, String afterSub, int limit);

    /** Every group the user {@code sub} is a member of, in name order. */
    List<GroupView> groupsOf(String userPoolId, String sub);

    /** Ends every membership of the user, as when the user is deleted. */
    void deleteMemberships(String userPoolId, String sub);

    /** Removes every group and membership of the pool, as when the pool is deleted. */
    void deletePool(String userPoolId);
}
