package dev.cognitoes.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.group.api.GroupView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link GroupStore}; each implementation's test subclasses it and supplies a fresh store. */
public abstract class GroupStoreContractTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    static final String POOL = "eu-west-1_AAAAAAAAA";
    static final String OTHER_POOL = "eu-west-1_BBBBBBBBB";
    static final String ANN = "00000000-0000-0000-0000-00000000000a";
    static final String BOB = "00000000-0000-0000-0000-00000000000b";
    static final String CID = "00000000-0000-0000-0000-00000000000c";

    private GroupStore store;

    /** A store holding nothing. */
    protected abstract GroupStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    static GroupView group(String poolId, String name, Integer precedence) {
        return new GroupView(poolId, name, "about " + name, "arn:aws:iam::123456789012:role/" + name, precedence,
                T0, T0.plusSeconds(1));
    }

    @Test
    @DisplayName("a saved group is found whole, by its exact name; a group without settings too")
    void savesAndFinds() {
        GroupView admins = group(POOL, "admins", 1);
        GroupView bare = new GroupView(POOL, "bare", null, null, null, T0, T0);
        store.save(admins);
        store.save(bare);

        assertThat(store.find(POOL, "admins")).contains(admins);
        assertThat(store.find(POOL, "bare")).contains(bare);
        assertThat(store.find(POOL, "Admins")).isEmpty();
        assertThat(store.find(OTHER_POOL, "admins")).isEmpty();
    }

    @Test
    @DisplayName("names differing in case are different groups")
    void caseSensitive() {
        GroupView lower = group(POOL, "admins", 1);
        GroupView upper = group(POOL, "Admins", 2);
        store.save(lower);
        store.save(upper);

        assertThat(store.find(POOL, "admins")).contains(lower);
        assertThat(store.find(POOL, "Admins")).contains(upper);
    }

    @Test
    @DisplayName("saving a group again replaces it and keeps its members")
    void replaces() {
        store.save(group(POOL, "admins", 1));
        store.addMember(POOL, "admins", ANN);
        GroupView changed = new GroupView(POOL, "admins", "changed", null, 7, T0, T0.plusSeconds(60));
        store.save(changed);

        assertThat(store.listAfter(POOL, null, 10)).containsExactly(changed);
        assertThat(store.membersAfter(POOL, "admins", null, 10)).containsExactly(ANN);
    }

    @Test
    @DisplayName("listing pages through one pool's groups in name order")
    void listsInNameOrder() {
        GroupView b = group(POOL, "b", null);
        GroupView a = group(POOL, "a", 3);
        GroupView upperC = group(POOL, "C", 1);
        GroupView elsewhere = group(OTHER_POOL, "a", 1);
        List.of(b, elsewhere, a, upperC).forEach(store::save);

        assertThat(store.listAfter(POOL, null, 2)).containsExactly(upperC, a);
        assertThat(store.listAfter(POOL, "a", 2)).containsExactly(b);
        assertThat(store.listAfter(POOL, "b", 2)).isEmpty();
        assertThat(store.listAfter(OTHER_POOL, null, 5)).containsExactly(elsewhere);
    }

    @Test
    @DisplayName("members are listed by sub and page after a sub; adding twice or removing a stranger changes nothing")
    void members() {
        store.save(group(POOL, "admins", 1));
        store.addMember(POOL, "admins", CID);
        store.addMember(POOL, "admins", ANN);
        store.addMember(POOL, "admins", BOB);
        store.addMember(POOL, "admins", ANN);
        store.removeMember(POOL, "admins", "00000000-0000-0000-0000-0000000000ff");

        assertThat(store.membersAfter(POOL, "admins", null, 2)).containsExactly(ANN, BOB);
        assertThat(store.membersAfter(POOL, "admins", BOB, 2)).containsExactly(CID);
        assertThat(store.membersAfter(POOL, "nobody", null, 2)).isEmpty();

        store.removeMember(POOL, "admins", BOB);
        assertThat(store.membersAfter(POOL, "admins", null, 10)).containsExactly(ANN, CID);
    }

    @Test
    @DisplayName("a user's groups are listed by name, only in the user's pool")
    void groupsOfAUser() {
        GroupView zeta = group(POOL, "zeta", 0);
        GroupView alpha = group(POOL, "alpha", 9);
        GroupView other = group(POOL, "other", 1);
        GroupView elsewhere = group(OTHER_POOL, "alpha", 1);
        List.of(zeta, alpha, other, elsewhere).forEach(store::save);
        store.addMember(POOL, "zeta", ANN);
        store.addMember(POOL, "alpha", ANN);
        store.addMember(POOL, "other", BOB);
        store.addMember(OTHER_POOL, "alpha", ANN);

        assertThat(store.groupsOf(POOL, ANN)).containsExactly(alpha, zeta);
        assertThat(store.groupsOf(POOL, BOB)).containsExactly(other);
        assertThat(store.groupsOf(POOL, CID)).isEmpty();
    }

    @Test
    @DisplayName("a group's members reflect its latest settings")
    void groupsOfShowLatestSettings() {
        store.save(group(POOL, "admins", 1));
        store.addMember(POOL, "admins", ANN);
        GroupView changed = group(POOL, "admins", 5);
        store.save(changed);

        assertThat(store.groupsOf(POOL, ANN)).containsExactly(changed);
    }

    @Test
    @DisplayName("deleting a group takes its memberships; a group of that name starts without members")
    void deletesGroup() {
        store.save(group(POOL, "admins", 1));
        store.addMember(POOL, "admins", ANN);
        store.delete(POOL, "admins");
        store.delete(POOL, "never-was");

        assertThat(store.find(POOL, "admins")).isEmpty();
        assertThat(store.groupsOf(POOL, ANN)).isEmpty();

        store.save(group(POOL, "admins", 1));
        assertThat(store.membersAfter(POOL, "admins", null, 10)).isEmpty();
    }

    @Test
    @DisplayName("deleting a user's memberships leaves the groups and the other members")
    void deletesMemberships() {
        store.save(group(POOL, "a", 1));
        store.save(group(POOL, "b", 2));
        store.save(group(OTHER_POOL, "a", 1));
        store.addMember(POOL, "a", ANN);
        store.addMember(POOL, "b", ANN);
        store.addMember(POOL, "b", BOB);
        store.addMember(OTHER_POOL, "a", ANN);

        store.deleteMemberships(POOL, ANN);

        assertThat(store.groupsOf(POOL, ANN)).isEmpty();
        assertThat(store.membersAfter(POOL, "b", null, 10)).containsExactly(BOB);
        assertThat(store.listAfter(POOL, null, 10)).hasSize(2);
        assertThat(store.membersAfter(OTHER_POOL, "a", null, 10)).containsExactly(ANN);
    }

    @Test
    @DisplayName("deleting a pool removes its groups and memberships, and no other pool's")
    void deletesPool() {
        store.save(group(POOL, "a", 1));
        GroupView kept = group(OTHER_POOL, "a", 1);
        store.save(kept);
        store.addMember(POOL, "a", ANN);
        store.addMember(OTHER_POOL, "a", ANN);

        store.deletePool(POOL);

        assertThat(store.listAfter(POOL, null, 10)).isEmpty();
        assertThat(store.membersAfter(POOL, "a", null, 10)).isEmpty();
        assertThat(store.groupsOf(OTHER_POOL, ANN)).containsExactly(kept);
    }
}
