package dev.cognitoes.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.group.api.AdminAddUserToGroupCommand;
import dev.cognitoes.group.api.AdminListGroupsForUserQuery;
import dev.cognitoes.group.api.AdminRemoveUserFromGroupCommand;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.group.api.DeleteGroupCommand;
import dev.cognitoes.group.api.GetGroupQuery;
import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.group.api.GroupMembersPage;
import dev.cognitoes.group.api.GroupPage;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.ListGroupsQuery;
import dev.cognitoes.group.api.ListUsersInGroupQuery;
import dev.cognitoes.group.api.UpdateGroupCommand;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupOperationsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final String ROLE = "arn:aws:iam::123456789012:role/Admins";
    static final String UNKNOWN_POOL = "us-east-1_Unknown99";

    final TestClock clock = new TestClock(T0);
    final InMemoryStorageModule storage = new InMemoryStorageModule();
    CognitoRuntime cognito;
    String poolId;

    @BeforeEach
    void start() {
        cognito = CognitoRuntime.builder()
                .clock(clock)
                .idGenerator(new SequentialIdGenerator())
                .storage(storage)
                .build();
        poolId = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "pool")).id();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    GroupView create(String name, Integer precedence) {
        return cognito.send(new CreateGroupCommand(poolId, name, null, null, precedence));
    }

    UserView user(String pool, String username, Map<String, String> attributes) {
        return cognito.send(new AdminCreateUserCommand(pool, username, attributes, null, false,
                MessageAction.SUPPRESS, Set.of())).user();
    }

    UserView user(String username) {
        return user(poolId, username, Map.of());
    }

    void add(String username, String group) {
        cognito.send(new AdminAddUserToGroupCommand(poolId, username, group));
    }

    List<String> groupsOf(String username) {
        return cognito.query(AdminListGroupsForUserQuery.firstPage(poolId, username)).groups().stream()
                .map(GroupView::groupName).toList();
    }

    List<String> membersOf(String group) {
        return cognito.query(ListUsersInGroupQuery.firstPage(poolId, group)).users().stream()
                .map(UserView::username).toList();
    }

    static void assertRefused(ThrowingCallable call, CognitoError error, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    static void assertGroupNotFound(ThrowingCallable call) {
        assertRefused(call, CognitoError.RESOURCE_NOT_FOUND, "Group not found.");
    }

    static void assertPoolNotFound(ThrowingCallable call) {
        assertRefused(call, CognitoError.RESOURCE_NOT_FOUND, "User pool " + UNKNOWN_POOL + " does not exist.");
    }

    @Nested
    @DisplayName("when a group is created")
    class Creating {

        @Test
        @DisplayName("GetGroup shows it as CreateGroup answered it")
        void getsIt() {
            GroupView created = cognito.send(new CreateGroupCommand(poolId, "admins", "Administrators", ROLE, 1));

            assertThat(created).isEqualTo(new GroupView(poolId, "admins", "Administrators", ROLE, 1, T0, T0));
            assertThat(cognito.query(new GetGroupQuery(poolId, "admins"))).isEqualTo(created);
        }

        @Test
        @DisplayName("a second group of the same name is refused")
        void sameName() {
            create("admins", null);

            assertRefused(() -> create("admins", 3), CognitoError.GROUP_EXISTS,
                    "A group with the name admins already exists.");
        }

        @Test
        @DisplayName("names differing only in case are different groups")
        void caseSensitive() {
            create("admins", 1);
            create("Admins", 2);

            assertThat(cognito.query(new GetGroupQuery(poolId, "Admins")).precedence()).isEqualTo(2);
            assertThat(cognito.query(new GetGroupQuery(poolId, "admins")).precedence()).isEqualTo(1);
            assertGroupNotFound(() -> cognito.query(new GetGroupQuery(poolId, "ADMINS")));
        }

        @Test
        @DisplayName("the same name may exist in two pools")
        void twoPools() {
            String otherPool = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "other")).id();
            create("admins", 1);

            cognito.send(CreateGroupCommand.named(otherPool, "admins"));

            assertThat(cognito.query(new GetGroupQuery(otherPool, "admins")).precedence()).isNull();
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            assertPoolNotFound(() -> cognito.send(CreateGroupCommand.named(UNKNOWN_POOL, "admins")));
        }
    }

    @Nested
    @DisplayName("when a group is read, changed or deleted")
    class Maintaining {

        @Test
        @DisplayName("UpdateGroup changes what it is given, keeps the rest and dates the change")
        void updates() {
            cognito.send(new CreateGroupCommand(poolId, "admins", "Administrators", ROLE, 1));
            clock.advance(Duration.ofMinutes(5));

            GroupView updated = cognito.send(new UpdateGroupCommand(poolId, "admins", null, null, 0));

            GroupView expected = new GroupView(poolId, "admins", "Administrators", ROLE, 0, T0,
                    T0.plus(Duration.ofMinutes(5)));
            assertThat(updated).isEqualTo(expected);
            assertThat(cognito.query(new GetGroupQuery(poolId, "admins"))).isEqualTo(expected);
        }

        @Test
        @DisplayName("an unknown group is not found by GetGroup, UpdateGroup and DeleteGroup")
        void unknownGroup() {
            assertGroupNotFound(() -> cognito.query(new GetGroupQuery(poolId, "nobody")));
            assertGroupNotFound(() -> cognito.send(new UpdateGroupCommand(poolId, "nobody", "x", null, null)));
            assertGroupNotFound(() -> cognito.send(new DeleteGroupCommand(poolId, "nobody")));
        }

        @Test
        @DisplayName("an unknown pool is not found by every group operation")
        void unknownPool() {
            assertPoolNotFound(() -> cognito.query(new GetGroupQuery(UNKNOWN_POOL, "admins")));
            assertPoolNotFound(() -> cognito.send(new UpdateGroupCommand(UNKNOWN_POOL, "admins", "x", null, null)));
            assertPoolNotFound(() -> cognito.send(new DeleteGroupCommand(UNKNOWN_POOL, "admins")));
            assertPoolNotFound(() -> cognito.query(ListGroupsQuery.firstPage(UNKNOWN_POOL)));
            assertPoolNotFound(() -> cognito.send(new AdminAddUserToGroupCommand(UNKNOWN_POOL, "jane", "admins")));
            assertPoolNotFound(() -> cognito.send(new AdminRemoveUserFromGroupCommand(UNKNOWN_POOL, "jane",
                    "admins")));
            assertPoolNotFound(() -> cognito.query(AdminListGroupsForUserQuery.firstPage(UNKNOWN_POOL, "jane")));
            assertPoolNotFound(() -> cognito.query(ListUsersInGroupQuery.firstPage(UNKNOWN_POOL, "admins")));
        }

        @Test
        @DisplayName("a deleted group is gone, and its name can be created again, empty")
        void deletesAndRecreates() {
            create("admins", 1);
            user("jane");
            add("jane", "admins");

            cognito.send(new DeleteGroupCommand(poolId, "admins"));

            assertGroupNotFound(() -> cognito.query(new GetGroupQuery(poolId, "admins")));
            assertThat(groupsOf("jane")).isEmpty();

            GroupView again = create("admins", 5);
            assertThat(again.precedence()).isEqualTo(5);
            assertThat(membersOf("admins")).isEmpty();
            add("jane", "admins");
            assertThat(membersOf("admins")).containsExactly("jane");
        }
    }

    @Nested
    @DisplayName("when groups are listed")
    class Listing {

        @Test
        @DisplayName("ListGroups pages through the pool's groups by name")
        void pages() {
            for (String name : List.of("delta", "alpha", "Charlie", "bravo", "echo")) {
                create(name, null);
            }
            List<String> seen = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                GroupPage page = cognito.query(new ListGroupsQuery(poolId, 2, token));
                page.groups().forEach(group -> seen.add(group.groupName()));
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(seen).containsExactly("Charlie", "alpha", "bravo", "delta", "echo");
            assertThat(pages).isEqualTo(3);
        }

        @Test
        @DisplayName("without a limit, up to 60 groups come in one page")
        void defaultLimit() {
            for (int i = 0; i < 61; i++) {
                create(String.format("group%02d", i), null);
            }

            GroupPage first = cognito.query(ListGroupsQuery.firstPage(poolId));
            assertThat(first.groups()).hasSize(60);
            assertThat(cognito.query(new ListGroupsQuery(poolId, 0, first.nextToken())).groups())
                    .extracting(GroupView::groupName).containsExactly("group60");
        }

        @Test
        @DisplayName("a limit outside 0 to 60 is refused")
        void limits() {
            assertRefused(() -> cognito.query(new ListGroupsQuery(poolId, 61, null)), CognitoError.INVALID_PARAMETER,
                    "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must "
                            + "have value less than or equal to 60");
            assertRefused(() -> cognito.query(new ListGroupsQuery(poolId, -1, null)), CognitoError.INVALID_PARAMETER,
                    "1 validation error detected: Value '-1' at 'limit' failed to satisfy constraint: Member must "
                            + "have value greater than or equal to 0");
        }

        @Test
        @DisplayName("a token of another list is refused")
        void foreignToken() {
            create("a", null);
            create("b", null);
            String token = cognito.query(new ListGroupsQuery(poolId, 1, null)).nextToken();
            String otherPool = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "other")).id();

            assertRefused(() -> cognito.query(new ListGroupsQuery(otherPool, 1, token)),
                    CognitoError.INVALID_PARAMETER, "Paging marker is invalid for this request.");
        }
    }

    @Nested
    @DisplayName("when users join and leave groups")
    class Membership {

        @BeforeEach
        void groupsAndUsers() {
            create("admins", 1);
            create("readers", null);
            create("editors", 0);
            create("auditors", 1);
            user("jane");
            user("john");
        }

        @Test
        @DisplayName("adding puts the user in the group; adding again changes nothing")
        void adds() {
            add("jane", "admins");
            add("jane", "admins");
            add("john", "admins");

            assertThat(membersOf("admins")).containsExactlyInAnyOrder("jane", "john");
            assertThat(groupsOf("jane")).containsExactly("admins");
            assertThat(groupsOf("john")).containsExactly("admins");
        }

        @Test
        @DisplayName("removing ends the membership; removing a user who is not a member changes nothing")
        void removes() {
            add("jane", "admins");
            add("john", "admins");

            cognito.send(new AdminRemoveUserFromGroupCommand(poolId, "jane", "admins"));
            cognito.send(new AdminRemoveUserFromGroupCommand(poolId, "jane", "admins"));
            cognito.send(new AdminRemoveUserFromGroupCommand(poolId, "jane", "readers"));

            assertThat(membersOf("admins")).containsExactly("john");
            assertThat(groupsOf("jane")).isEmpty();
        }

        @Test
        @DisplayName("a user's groups are listed by precedence, those without last, ties by name")
        void byPrecedence() {
            for (String group : List.of("readers", "admins", "editors", "auditors")) {
                add("jane", group);
            }

            assertThat(groupsOf("jane")).containsExactly("editors", "admins", "auditors", "readers");
        }

        @Test
        @DisplayName("the directory gives the token layer a user's groups in precedence order, with their roles")
        void directory() {
            cognito.send(new UpdateGroupCommand(poolId, "admins", null, ROLE, null));
            add("jane", "readers");
            add("jane", "admins");
            String sub = cognito.query(new AdminGetUserQuery(poolId, "jane")).sub();

            GroupDirectory directory = new StoredGroupDirectory(storage.groupStore());

            assertThat(directory.groupsOf(poolId, sub)).extracting(GroupView::groupName, GroupView::roleArn)
                    .containsExactly(tuple("admins", ROLE),
                            tuple("readers", null));
            assertThat(directory.find(poolId, "admins")).map(GroupView::roleArn).contains(ROLE);
        }

        @Test
        @DisplayName("AdminListGroupsForUser pages in precedence order")
        void pagesGroupsOfAUser() {
            for (String group : List.of("readers", "admins", "editors", "auditors")) {
                add("jane", group);
            }
            List<String> seen = new ArrayList<>();
            String token = null;
            do {
                GroupPage page = cognito.query(new AdminListGroupsForUserQuery(poolId, "jane", 1, token));
                assertThat(page.groups()).hasSize(1);
                seen.add(page.groups().get(0).groupName());
                token = page.nextToken();
            } while (token != null);

            assertThat(seen).containsExactly("editors", "admins", "auditors", "readers");
        }

        @Test
        @DisplayName("ListUsersInGroup pages through the members as users")
        void pagesMembers() {
            add("jane", "admins");
            add("john", "admins");

            GroupMembersPage first = cognito.query(new ListUsersInGroupQuery(poolId, "admins", 1, null));
            GroupMembersPage second = cognito.query(new ListUsersInGroupQuery(poolId, "admins", 1,
                    first.nextToken()));

            assertThat(first.nextToken()).isNotNull();
            assertThat(second.nextToken()).isNull();
            assertThat(List.of(first.users().get(0), second.users().get(0)))
                    .extracting(UserView::username).containsExactly("jane", "john");
            assertThat(first.users().get(0))
                    .isEqualTo(cognito.query(new AdminGetUserQuery(poolId, "jane")));
        }

        @Test
        @DisplayName("an unknown user is not found by add, remove and list")
        void unknownUser() {
            assertRefused(() -> add("nobody", "admins"), CognitoError.USER_NOT_FOUND, "User does not exist.");
            assertRefused(() -> cognito.send(new AdminRemoveUserFromGroupCommand(poolId, "nobody", "admins")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
            assertRefused(() -> groupsOf("nobody"), CognitoError.USER_NOT_FOUND, "User does not exist.");
        }

        @Test
        @DisplayName("an unknown group is not found by add, remove and list, before the user is looked for")
        void unknownGroup() {
            assertGroupNotFound(() -> add("jane", "nobody"));
            assertGroupNotFound(() -> add("nobody", "nobody"));
            assertGroupNotFound(() -> cognito.send(new AdminRemoveUserFromGroupCommand(poolId, "jane", "nobody")));
            assertGroupNotFound(() -> membersOf("nobody"));
        }

        @Test
        @DisplayName("a deleted user leaves every group")
        void userDeleted() {
            add("jane", "admins");
            add("jane", "readers");
            add("john", "admins");

            cognito.send(new AdminDeleteUserCommand(poolId, "jane"));

            assertThat(membersOf("admins")).containsExactly("john");
            assertThat(membersOf("readers")).isEmpty();
        }

        @Test
        @DisplayName("a deleted pool takes its groups and memberships along")
        void poolDeleted() {
            add("jane", "admins");
            String sub = cognito.query(new AdminGetUserQuery(poolId, "jane")).sub();

            cognito.send(new DeleteUserPoolCommand(poolId));

            assertThat(storage.groupStore().listAfter(poolId, null, 10)).isEmpty();
            assertThat(storage.groupStore().groupsOf(poolId, sub)).isEmpty();
        }
    }

    @Nested
    @DisplayName("when users are named by alias or in another case")
    class Names {

        @Test
        @DisplayName("a pool signing in by email finds the user by email; usernames compare as the pool compares them")
        void emailUsernames() {
            String emailPool = cognito.send(new CreateUserPoolCommand("us-east-1",
                    new SignInSettings(Set.of("email"), Set.of(), false), List.of(),
                    UserPoolSettings.defaults("email"))).id();
            UserView jane = user(emailPool, "jane@example.com", Map.of());
            cognito.send(CreateGroupCommand.named(emailPool, "Admins"));

            cognito.send(new AdminAddUserToGroupCommand(emailPool, "JANE@example.com", "Admins"));

            assertThat(cognito.query(ListUsersInGroupQuery.firstPage(emailPool, "Admins")).users())
                    .extracting(UserView::sub).containsExactly(jane.sub());
            assertThat(cognito.query(AdminListGroupsForUserQuery.firstPage(emailPool, "jane@example.com"))
                    .groups()).extracting(GroupView::groupName).containsExactly("Admins");
            assertGroupNotFound(() -> cognito.send(new AdminAddUserToGroupCommand(emailPool, "jane@example.com",
                    "admins")));
        }
    }
}
