package dev.cognitoes.group;

import static dev.cognitoes.shared.CognitoError.GROUP_EXISTS;
import static dev.cognitoes.shared.CognitoError.RESOURCE_NOT_FOUND;
import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.group.GroupCommands.AddMember;
import dev.cognitoes.group.GroupCommands.ChangeGroupSettings;
import dev.cognitoes.group.GroupCommands.CreateGroup;
import dev.cognitoes.group.GroupCommands.DeleteGroup;
import dev.cognitoes.group.GroupCommands.RemoveMember;
import dev.cognitoes.group.api.GroupCreatedEvent;
import dev.cognitoes.group.api.GroupDeletedEvent;
import dev.cognitoes.group.api.GroupSettingsChangedEvent;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.UserAddedToGroupEvent;
import dev.cognitoes.group.api.UserRemovedFromGroupEvent;
import dev.cognitoes.testkit.TestClock;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupTest {

    static final Instant EARLIER = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final String POOL = "us-east-1_Groups001";
    static final String NAME = "admins";
    static final String ID = Group.groupId(POOL, NAME);
    static final String ROLE = "arn:aws:iam::123456789012:role/Admins";
    static final String JANE = "00000000-0000-0000-0000-000000000001";

    AggregateTestFixture<Group> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Group.class);
        fixture.registerInjectableResource(new TestClock(NOW));
    }

    static GroupCreatedEvent created() {
        return new GroupCreatedEvent(POOL, NAME, "Administrators", ROLE, 1, EARLIER);
    }

    static CreateGroup create() {
        return new CreateGroup(ID, POOL, NAME, "Administrators", ROLE, 1);
    }

    @Test
    @DisplayName("a group's id never equals a name claim's, whatever the group's name")
    void groupIds() {
        assertThat(Group.groupId(POOL, "username/jane"))
                .isEqualTo("group/us-east-1_Groups001/username/jane")
                .isNotEqualTo(POOL + "/username/jane");
    }

    @Nested
    @DisplayName("when a group is created")
    class Creating {

        @Test
        @DisplayName("a new name is recorded with its settings and answered as GetGroup shows it")
        void newName() {
            fixture.givenNoPriorActivity()
                    .when(create())
                    .expectEvents(new GroupCreatedEvent(POOL, NAME, "Administrators", ROLE, 1, NOW))
                    .expectResultMessagePayload(new GroupView(POOL, NAME, "Administrators", ROLE, 1, NOW, NOW));
        }

        @Test
        @DisplayName("a name the pool has is refused")
        void takenName() {
            fixture.given(created())
                    .when(create())
                    .expectNoEvents()
                    .expectException(cognitoError(GROUP_EXISTS, "A group with the name admins already exists."));
        }

        @Test
        @DisplayName("the name of a deleted group can be created again, without the old members")
        void recreated() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER),
                            new GroupDeletedEvent(POOL, NAME, EARLIER))
                    .when(new CreateGroup(ID, POOL, NAME, null, null, null))
                    .expectEvents(new GroupCreatedEvent(POOL, NAME, null, null, null, NOW))
                    .expectResultMessagePayload(new GroupView(POOL, NAME, null, null, null, NOW, NOW));
        }
    }

    @Nested
    @DisplayName("when a group's settings change")
    class Updating {

        @Test
        @DisplayName("given settings replace the old ones and absent ones are kept")
        void partialChange() {
            fixture.given(created())
                    .when(new ChangeGroupSettings(ID, "Admins", null, 0))
                    .expectEvents(new GroupSettingsChangedEvent(POOL, NAME, "Admins", ROLE, 0, NOW))
                    .expectResultMessagePayload(new GroupView(POOL, NAME, "Admins", ROLE, 0, EARLIER, NOW));
        }

        @Test
        @DisplayName("an unknown group is not found")
        void unknown() {
            fixture.givenNoPriorActivity()
                    .when(new ChangeGroupSettings(ID, "Admins", null, null))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }

        @Test
        @DisplayName("a deleted group is not found")
        void deleted() {
            fixture.given(created(), new GroupDeletedEvent(POOL, NAME, EARLIER))
                    .when(new ChangeGroupSettings(ID, "Admins", null, null))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }
    }

    @Nested
    @DisplayName("when a group is deleted")
    class Deleting {

        @Test
        @DisplayName("the deletion is recorded")
        void deletes() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER))
                    .when(new DeleteGroup(ID))
                    .expectEvents(new GroupDeletedEvent(POOL, NAME, NOW));
        }

        @Test
        @DisplayName("an unknown group is not found")
        void unknown() {
            fixture.givenNoPriorActivity()
                    .when(new DeleteGroup(ID))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }

        @Test
        @DisplayName("a group deleted already is not found")
        void twice() {
            fixture.given(created(), new GroupDeletedEvent(POOL, NAME, EARLIER))
                    .when(new DeleteGroup(ID))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }
    }

    @Nested
    @DisplayName("when a user is added to a group")
    class Adding {

        @Test
        @DisplayName("a new member is recorded")
        void newMember() {
            fixture.given(created())
                    .when(new AddMember(ID, JANE))
                    .expectEvents(new UserAddedToGroupEvent(POOL, NAME, JANE, NOW));
        }

        @Test
        @DisplayName("adding a member again records nothing")
        void idempotent() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER))
                    .when(new AddMember(ID, JANE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a member of the group's former life is added anew to the recreated group")
        void recreatedGroup() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER),
                            new GroupDeletedEvent(POOL, NAME, EARLIER), created())
                    .when(new AddMember(ID, JANE))
                    .expectEvents(new UserAddedToGroupEvent(POOL, NAME, JANE, NOW));
        }

        @Test
        @DisplayName("an unknown group is not found")
        void unknown() {
            fixture.givenNoPriorActivity()
                    .when(new AddMember(ID, JANE))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }

        @Test
        @DisplayName("a deleted group is not found")
        void deleted() {
            fixture.given(created(), new GroupDeletedEvent(POOL, NAME, EARLIER))
                    .when(new AddMember(ID, JANE))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }
    }

    @Nested
    @DisplayName("when a user is removed from a group")
    class Removing {

        @Test
        @DisplayName("the end of the membership is recorded")
        void member() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER))
                    .when(new RemoveMember(ID, JANE))
                    .expectEvents(new UserRemovedFromGroupEvent(POOL, NAME, JANE, NOW));
        }

        @Test
        @DisplayName("removing a user who is not a member records nothing")
        void notAMember() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER),
                            new UserRemovedFromGroupEvent(POOL, NAME, JANE, EARLIER))
                    .when(new RemoveMember(ID, JANE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an unknown group is not found")
        void unknown() {
            fixture.givenNoPriorActivity()
                    .when(new RemoveMember(ID, JANE))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }

        @Test
        @DisplayName("a deleted group is not found")
        void deleted() {
            fixture.given(created(), new UserAddedToGroupEvent(POOL, NAME, JANE, EARLIER),
                            new GroupDeletedEvent(POOL, NAME, EARLIER))
                    .when(new RemoveMember(ID, JANE))
                    .expectNoEvents()
                    .expectException(cognitoError(RESOURCE_NOT_FOUND, "Group not found."));
        }
    }
}
