package dev.cognitoes.group.api;

/**
 * Something that happened to a group of a user pool or to its membership. Events are stored forever and published
 * to consumers; their shape only grows (new components), and a change of meaning gets a new revision.
 *
 * <p>Memberships also end without an event of this feature: when the group is deleted ({@link GroupDeletedEvent}),
 * when the user is deleted (the user feature's {@code UserDeletedEvent}) and when the pool is deleted (the pool's
 * {@code UserPoolDeletedEvent}). Consumers remove them on those events.
 */
public sealed interface GroupEvent permits GroupCreatedEvent, GroupSettingsChangedEvent, GroupDeletedEvent,
        UserAddedToGroupEvent, UserRemovedFromGroupEvent {

    /** The pool the group belongs to. */
    String userPoolId();

    /** The group's name, unique in its pool and compared case-sensitively. */
    String groupName();
}
