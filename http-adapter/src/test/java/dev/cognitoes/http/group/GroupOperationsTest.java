package dev.cognitoes.http.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.testkit.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

class GroupOperationsTest {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.250Z");
    static final String ROLE = "arn:aws:iam::123456789012:role/Admins";
    static final String UNKNOWN_POOL = "us-east-1_Unknown99";
    static final String GROUP_NOT_FOUND = "Group not found.";
    static final String USER_NOT_FOUND = "User does not exist.";
    static final String POOL_NOT_FOUND = "User pool " + UNKNOWN_POOL + " does not exist.";

    static final TestClock clock = new TestClock(T0);

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(clock).build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    Instant now;

    @BeforeEach
    void pool() {
        now = clock.instant();
        poolId = cognito.createUserPool(r -> r.poolName("groups")).userPool().id();
    }

    GroupType create(String name, Integer precedence) {
        return cognito.createGroup(r -> r.userPoolId(poolId).groupName(name).precedence(precedence)).group();
    }

    void user(String username) {
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username)
                .messageAction(MessageActionType.SUPPRESS));
    }

    void add(String username, String group) {
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
    }

    List<String> groupsOf(String username) {
        return cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username(username)).groups().stream()
                .map(GroupType::groupName).toList();
    }

    List<String> membersOf(String group) {
        return cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName(group)).users().stream()
                .map(UserType::username).toList();
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    @Nested
    @DisplayName("when a group is created")
    class Creating {

        @Test
        @DisplayName("CreateGroup answers the group, and GetGroup shows the same")
        void creates() {
            GroupType created = cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")
                    .description("Administrators").roleArn(ROLE).precedence(1)).group();

            assertThat(created).isEqualTo(GroupType.builder().groupName("admins").userPoolId(poolId)
                    .description("Administrators").roleArn(ROLE).precedence(1).creationDate(now)
                    .lastModifiedDate(now).build());
            assertThat(cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")).group()).isEqualTo(created);
        }

        @Test
        @DisplayName("the wire shape is GroupType; a group without settings leaves them out")
        void wireShape() {
            WireResponse response = server.call("CreateGroup",
                    "{\"UserPoolId\":\"" + poolId + "\",\"GroupName\":\"bare\"}");

            assertThat(response.status()).isEqualTo(200);
            JsonNode group = response.body().get("Group");
            assertThat(response.body().fieldNames()).toIterable().containsExactly("Group");
            assertThat(group.fieldNames()).toIterable().containsExactlyInAnyOrder("GroupName", "UserPoolId",
                    "LastModifiedDate", "CreationDate");
            assertThat(group.get("CreationDate").decimalValue()).isEqualByComparingTo(epochSeconds(now));
        }

        @Test
        @DisplayName("a name the pool has is refused; the same name in another case is another group")
        void uniqueAndCaseSensitive() {
            create("admins", 1);

            assertRefused(() -> create("admins", 2), GroupExistsException.class,
                    "A group with the name admins already exists.");
            create("Admins", 2);
            assertThat(cognito.getGroup(r -> r.userPoolId(poolId).groupName("Admins")).group().precedence())
                    .isEqualTo(2);
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            assertRefused(() -> cognito.createGroup(r -> r.userPoolId(UNKNOWN_POOL).groupName("admins")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
        }

        @Test
        @DisplayName("a request the model refuses never reaches the pool")
        void modelValidation() {
            assertThatThrownBy(() -> create("admins", -1)).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("at 'precedence' failed to satisfy constraint");
            assertThatThrownBy(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")
                    .roleArn("not-an-arn"))).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("at 'roleArn' failed to satisfy constraint");
        }
    }

    @Nested
    @DisplayName("when a group is changed or deleted")
    class Maintaining {

        @Test
        @DisplayName("UpdateGroup changes what it is given, keeps the rest and dates the change")
        void updates() {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").description("Administrators")
                    .roleArn(ROLE).precedence(1));
            clock.advance(Duration.ofMinutes(5));

            GroupType updated = cognito.updateGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(0))
                    .group();

            assertThat(updated).isEqualTo(GroupType.builder().groupName("admins").userPoolId(poolId)
                    .description("Administrators").roleArn(ROLE).precedence(0).creationDate(now)
                    .lastModifiedDate(now.plus(Duration.ofMinutes(5))).build());
            assertThat(cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")).group()).isEqualTo(updated);
        }

        @Test
        @DisplayName("DeleteGroup answers an empty object; the group is gone and its name free again")
        void deletes() {
            create("admins", 1);
            user("jane");
            add("jane", "admins");

            WireResponse response = server.call("DeleteGroup",
                    "{\"UserPoolId\":\"" + poolId + "\",\"GroupName\":\"admins\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertRefused(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")),
                    ResourceNotFoundException.class, GROUP_NOT_FOUND);
            assertThat(groupsOf("jane")).isEmpty();
            create("admins", 3);
            assertThat(membersOf("admins")).isEmpty();
        }

        @Test
        @DisplayName("an unknown group is not found by GetGroup, UpdateGroup and DeleteGroup")
        void unknownGroup() {
            assertRefused(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("nobody")),
                    ResourceNotFoundException.class, GROUP_NOT_FOUND);
            assertRefused(() -> cognito.updateGroup(r -> r.userPoolId(poolId).groupName("nobody").precedence(1)),
                    ResourceNotFoundException.class, GROUP_NOT_FOUND);
            assertRefused(() -> cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("nobody")),
                    ResourceNotFoundException.class, GROUP_NOT_FOUND);
        }

        @Test
        @DisplayName("an unknown pool is not found by every group operation")
        void unknownPool() {
            assertRefused(() -> cognito.getGroup(r -> r.userPoolId(UNKNOWN_POOL).groupName("a")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.updateGroup(r -> r.userPoolId(UNKNOWN_POOL).groupName("a")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.deleteGroup(r -> r.userPoolId(UNKNOWN_POOL).groupName("a")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.listGroups(r -> r.userPoolId(UNKNOWN_POOL)),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(UNKNOWN_POOL).username("jane")
                    .groupName("a")), ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(UNKNOWN_POOL).username("jane")
                    .groupName("a")), ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.adminListGroupsForUser(r -> r.userPoolId(UNKNOWN_POOL).username("jane")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
            assertRefused(() -> cognito.listUsersInGroup(r -> r.userPoolId(UNKNOWN_POOL).groupName("a")),
                    ResourceNotFoundException.class, POOL_NOT_FOUND);
        }
    }

    @Nested
    @DisplayName("when groups are listed")
    class Listing {

        @Test
        @DisplayName("ListGroups pages by name with Limit and NextToken")
        void pages() {
            for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
                create(name, null);
            }
            List<String> seen = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String next = token;
                ListGroupsResponse page = cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(next));
                page.groups().forEach(group -> seen.add(group.groupName()));
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(seen).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
            assertThat(pages).isEqualTo(3);
        }

        @Test
        @DisplayName("a forged NextToken is refused")
        void forgedToken() {
            assertRefused(() -> cognito.listGroups(r -> r.userPoolId(poolId).nextToken("forged")),
                    InvalidParameterException.class, "Paging marker is invalid for this request.");
        }

        @Test
        @DisplayName("a Limit above 60 is refused by the model")
        void limit() {
            assertThatThrownBy(() -> cognito.listGroups(r -> r.userPoolId(poolId).limit(61)))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("at 'limit' failed to satisfy constraint");
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
            user("jane");
            user("john");
        }

        @Test
        @DisplayName("AdminAddUserToGroup answers an empty object, and adding again changes nothing")
        void adds() {
            WireResponse response = server.call("AdminAddUserToGroup", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"jane\",\"GroupName\":\"admins\"}");
            add("jane", "admins");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertThat(membersOf("admins")).containsExactly("jane");
        }

        @Test
        @DisplayName("AdminRemoveUserFromGroup ends the membership; removing a non-member changes nothing")
        void removes() {
            add("jane", "admins");
            add("john", "admins");

            cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).username("jane").groupName("admins"));
            cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).username("jane").groupName("admins"));

            assertThat(membersOf("admins")).containsExactly("john");
            assertThat(groupsOf("jane")).isEmpty();
        }

        @Test
        @DisplayName("AdminListGroupsForUser lists by precedence, groups without one last, and pages")
        void groupsOfAUser() {
            add("jane", "readers");
            add("jane", "admins");
            add("jane", "editors");

            assertThat(groupsOf("jane")).containsExactly("editors", "admins", "readers");
            AdminListGroupsForUserResponse first = cognito.adminListGroupsForUser(r -> r.userPoolId(poolId)
                    .username("jane").limit(2));
            AdminListGroupsForUserResponse second = cognito.adminListGroupsForUser(r -> r.userPoolId(poolId)
                    .username("jane").limit(2).nextToken(first.nextToken()));
            assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("editors", "admins");
            assertThat(second.groups()).extracting(GroupType::groupName).containsExactly("readers");
            assertThat(second.nextToken()).isNull();
        }

        @Test
        @DisplayName("ListUsersInGroup answers the members as UserType, and pages")
        void members() {
            add("jane", "admins");
            add("john", "admins");

            ListUsersInGroupResponse first = cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")
                    .limit(1));
            ListUsersInGroupResponse second = cognito.listUsersInGroup(r -> r.userPoolId(poolId)
                    .groupName("admins").limit(1).nextToken(first.nextToken()));

            assertThat(first.nextToken()).isNotNull();
            assertThat(second.nextToken()).isNull();
            List<UserType> users = List.of(first.users().get(0), second.users().get(0));
            assertThat(users).extracting(UserType::username).containsExactlyInAnyOrder("jane", "john");
            UserType jane = users.stream().filter(u -> u.username().equals("jane")).findFirst().orElseThrow();
            assertThat(jane.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
            assertThat(jane.enabled()).isTrue();
            assertThat(jane.userCreateDate()).isEqualTo(now);
            assertThat(jane.attributes()).extracting(a -> a.name()).containsExactly("sub");
        }

        @Test
        @DisplayName("an unknown user is not found by add, remove and AdminListGroupsForUser")
        void unknownUser() {
            assertRefused(() -> add("nobody", "admins"), UserNotFoundException.class, USER_NOT_FOUND);
            assertRefused(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).username("nobody")
                    .groupName("admins")), UserNotFoundException.class, USER_NOT_FOUND);
            assertRefused(() -> groupsOf("nobody"), UserNotFoundException.class, USER_NOT_FOUND);
        }

        @Test
        @DisplayName("an unknown group is not found by add, remove and ListUsersInGroup")
        void unknownGroup() {
            assertRefused(() -> add("jane", "nobody"), ResourceNotFoundException.class, GROUP_NOT_FOUND);
            assertRefused(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).username("jane")
                    .groupName("nobody")), ResourceNotFoundException.class, GROUP_NOT_FOUND);
            assertRefused(() -> membersOf("nobody"), ResourceNotFoundException.class, GROUP_NOT_FOUND);
        }

        @Test
        @DisplayName("a deleted user leaves every group")
        void userDeleted() {
            add("jane", "admins");
            add("john", "admins");

            cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("jane"));

            assertThat(membersOf("admins")).containsExactly("john");
        }

        @Test
        @DisplayName("a deleted pool takes its groups along")
        void poolDeleted() {
            add("jane", "admins");

            cognito.deleteUserPool(r -> r.userPoolId(poolId));

            assertRefused(() -> cognito.listGroups(r -> r.userPoolId(poolId)), ResourceNotFoundException.class,
                    "User pool " + poolId + " does not exist.");
        }
    }

    @Nested
    @DisplayName("when the pool signs users in by email")
    class EmailUsernames {

        @Test
        @DisplayName("the user is added and listed by email address, in any case where usernames ignore case")
        void byEmail() {
            String emailPool = cognito.createUserPool(r -> r.poolName("email")
                    .usernameAttributes(UsernameAttributeType.EMAIL).usernameConfiguration(u -> u.caseSensitive(false)))
                    .userPool().id();
            cognito.adminCreateUser(r -> r.userPoolId(emailPool).username("jane@example.com")
                    .messageAction(MessageActionType.SUPPRESS));
            cognito.createGroup(r -> r.userPoolId(emailPool).groupName("staff"));

            cognito.adminAddUserToGroup(r -> r.userPoolId(emailPool).username("JANE@example.com")
                    .groupName("staff"));

            assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(emailPool).username("jane@example.com"))
                    .groups()).extracting(GroupType::groupName).containsExactly("staff");
            assertThat(cognito.listUsersInGroup(r -> r.userPoolId(emailPool).groupName("staff")).users())
                    .singleElement().satisfies(user -> assertThat(user.attributes())
                            .anySatisfy(a -> assertThat(a.value()).isEqualTo("jane@example.com")));
        }
    }
}
