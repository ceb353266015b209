package dev.cognitoes.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.TokenRevocations;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of {@link UserStore}; each implementation's test subclasses it and supplies a fresh store. */
public abstract class UserStoreContractTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final String POOL = "eu-west-1_AAAAAAAAA";
    static final String OTHER_POOL = "eu-west-1_BBBBBBBBB";

    private UserStore store;

    /** A store holding nothing. */
    protected abstract UserStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    static UserView user(String poolId, String sub, String username) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sub", sub);
        attributes.put("name", "Name of " + username);
        attributes.put("email", username + "@example.com");
        attributes.put("email_verified", "true");
        return new UserView(poolId, username, sub, attributes, UserStatus.UNCONFIRMED, true, T0, T0.plusSeconds(1));
    }

    @Nested
    @DisplayName("when users are saved")
    class Saved {

        @Test
        @DisplayName("a user is found whole by pool and sub, its attributes in their order")
        void findsBySub() {
            UserView jane = user(POOL, "0001", "Jane");
            store.save(jane);
            UserView found = store.findBySub(POOL, "0001").orElseThrow();
            assertThat(found).isEqualTo(jane);
            assertThat(found.attributes().keySet()).containsExactly("sub", "name", "email", "email_verified");
            assertThat(store.findBySub(OTHER_POOL, "0001")).isEmpty();
            assertThat(store.findBySub(POOL, "0002")).isEmpty();
        }

        @Test
        @DisplayName("a user keeps its MFA options and its attribute changes awaiting verification")
        void keepsSettingsAndPendingChanges() {
            UserView plain = user(POOL, "0001", "jane");
            UserView jane = new UserView(POOL, "jane", "0001", plain.attributes(), UserStatus.CONFIRMED, false, T0,
                    T0.plusSeconds(1), List.of(new MfaOption(DeliveryMedium.SMS, "phone_number")),
                    Map.of("email", "janet@example.com"), TokenRevocations.NONE);
            store.save(jane);
            assertThat(store.findBySub(POOL, "0001")).contains(jane);
        }

        @Test
        @DisplayName("saving a user again replaces it")
        void replaces() {
            store.save(user(POOL, "0001", "jane"));
            UserView confirmed = new UserView(POOL, "jane", "0001", Map.of("sub", "0001"), UserStatus.CONFIRMED,
                    false, T0, T0.plusSeconds(60));
            store.save(confirmed);
            assertThat(store.findBySub(POOL, "0001")).contains(confirmed);
            assertThat(store.list(POOL, null, 10, u -> true)).containsExactly(confirmed);
        }

        @Test
        @DisplayName("a user's token revocations are kept with it")
        void keepsRevocations() {
            UserView signedOut = user(POOL, "0001", "jane").withRevocations(TokenRevocations.NONE
                    .sessionRevoked("origin-1", T0).signedOut(T0.plusMillis(1500)).sessionBegan("origin-2",
                            T0.plusMillis(1700)));
            store.save(signedOut);
            UserView found = store.findBySub(POOL, "0001").orElseThrow();
            assertThat(found).isEqualTo(signedOut);
            assertThat(found.revocations().revokes("origin-1", T0.plusSeconds(5))).isTrue();
            assertThat(found.revocations().revokes("origin-2", T0.plusSeconds(1))).isFalse();
        }
    }

    @Nested
    @DisplayName("when names are recorded")
    class Names {

        @Test
        @DisplayName("a name of every kind finds its user")
        void everyKind() {
            store.save(user(POOL, "0001", "jane"));
            for (NameKind kind : NameKind.values()) {
                store.putName(POOL, kind, "jane-" + kind.attributeName(), "0001");
            }
            for (NameKind kind : NameKind.values()) {
                assertThat(store.findByName(POOL, kind, "jane-" + kind.attributeName())).isPresent();
            }
            assertThat(store.namesOf(POOL, "0001")).hasSize(NameKind.values().length);
        }

        @Test
        @DisplayName("a name finds its user once both the name and the user exist")
        void findsByName() {
            store.putName(POOL, NameKind.USERNAME, "jane", "0001");
            assertThat(store.findByName(POOL, NameKind.USERNAME, "jane")).isEmpty();

            UserView jane = user(POOL, "0001", "Jane");
            store.save(jane);
            assertThat(store.findByName(POOL, NameKind.USERNAME, "jane")).contains(jane);
            assertThat(store.findByName(POOL, NameKind.EMAIL, "jane")).isEmpty();
            assertThat(store.findByName(OTHER_POOL, NameKind.USERNAME, "jane")).isEmpty();
        }

        @Test
        @DisplayName("recording a name again moves it to the new user; removing it forgets it")
        void movesAndRemoves() {
            UserView jane = user(POOL, "0001", "jane");
            UserView john = user(POOL, "0002", "john");
            store.save(jane);
            store.save(john);
            store.putName(POOL, NameKind.EMAIL, "shared@example.com", "0001");
            store.putName(POOL, NameKind.EMAIL, "shared@example.com", "0002");
            assertThat(store.findByName(POOL, NameKind.EMAIL, "shared@example.com")).contains(john);
            assertThat(store.namesOf(POOL, "0001")).isEmpty();

            store.removeName(POOL, NameKind.EMAIL, "shared@example.com");
            store.removeName(POOL, NameKind.EMAIL, "never@example.com");
            assertThat(store.findByName(POOL, NameKind.EMAIL, "shared@example.com")).isEmpty();
        }

        @Test
        @DisplayName("a user's names are listed by kind, and only that user's")
        void listsNamesOfUser() {
            store.putName(POOL, NameKind.USERNAME, "jane", "0001");
            store.putName(POOL, NameKind.EMAIL, "jane@example.com", "0001");
            store.putName(POOL, NameKind.USERNAME, "john", "0002");
            store.putName(OTHER_POOL, NameKind.PHONE_NUMBER, "+15550001", "0001");

            assertThat(store.namesOf(POOL, "0001")).containsOnly(
                    Map.entry(NameKind.USERNAME, "jane"), Map.entry(NameKind.EMAIL, "jane@example.com"));
            assertThat(store.namesOf(POOL, "0003")).isEmpty();
        }
    }

    @Nested
    @DisplayName("when users are listed")
    class Listing {

        @BeforeEach
        void saveUsers() {
            for (String sub : List.of("0005", "0001", "0004", "0002", "0003")) {
                store.save(user(POOL, sub, "user" + sub));
            }
            store.save(user(OTHER_POOL, "0000", "elsewhere"));
        }

        List<String> subs(List<UserView> users) {
            return users.stream().map(UserView::sub).toList();
        }

        @Test
        @DisplayName("pages run through one pool's users in sub order")
        void pagesInSubOrder() {
            assertThat(subs(store.list(POOL, null, 2, u -> true))).containsExactly("0001", "0002");
            assertThat(subs(store.list(POOL, "0002", 2, u -> true))).containsExactly("0003", "0004");
            assertThat(subs(store.list(POOL, "0004", 2, u -> true))).containsExactly("0005");
            assertThat(store.list(POOL, "0005", 2, u -> true)).isEmpty();
            assertThat(subs(store.list(OTHER_POOL, null, 10, u -> true))).containsExactly("0000");
        }

        @Test
        @DisplayName("the count is the number of one pool's users")
        void counts() {
            assertThat(store.count(POOL)).isEqualTo(5);
            assertThat(store.count(OTHER_POOL)).isEqualTo(1);
            assertThat(store.count("eu-west-1_CCCCCCCCC")).isZero();
        }

        @Test
        @DisplayName("a page holds up to the limit of users the filter accepts")
        void filters() {
            assertThat(subs(store.list(POOL, null, 2, u -> !u.sub().equals("0002")))).containsExactly("0001", "0003");
            assertThat(subs(store.list(POOL, "0001", 10, u -> u.sub().compareTo("0003") >= 0)))
                    .containsExactly("0003", "0004", "0005");
            assertThat(store.list(POOL, null, 10, u -> false)).isEmpty();
        }
    }

    @Nested
    @DisplayName("when users are deleted")
    class Deleting {

        @Test
        @DisplayName("deleting a user removes it and its names, and nothing of other users")
        void deletesUserAndNames() {
            store.save(user(POOL, "0001", "jane"));
            store.save(user(POOL, "0002", "john"));
            store.putName(POOL, NameKind.USERNAME, "jane", "0001");
            store.putName(POOL, NameKind.USERNAME, "john", "0002");

            store.delete(POOL, "0001");
            store.delete(POOL, "0009");

            assertThat(store.findBySub(POOL, "0001")).isEmpty();
            assertThat(store.namesOf(POOL, "0001")).isEmpty();
            assertThat(store.findByName(POOL, NameKind.USERNAME, "john")).isPresent();
        }

        @Test
        @DisplayName("deleting a pool removes its users and names, and nothing of other pools")
        void deletesPool() {
            store.save(user(POOL, "0001", "jane"));
            store.putName(POOL, NameKind.USERNAME, "jane", "0001");
            UserView kept = user(OTHER_POOL, "0001", "jane");
            store.save(kept);
            store.putName(OTHER_POOL, NameKind.USERNAME, "jane", "0001");

            store.deletePool(POOL);

            assertThat(store.list(POOL, null, 10, u -> true)).isEmpty();
            assertThat(store.count(POOL)).isZero();
            assertThat(store.findByName(POOL, NameKind.USERNAME, "jane")).isEmpty();
            assertThat(store.findByName(OTHER_POOL, NameKind.USERNAME, "jane")).contains(kept);
        }
    }
}
