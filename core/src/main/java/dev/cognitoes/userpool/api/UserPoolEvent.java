package dev.cognitoes.userpool.api;

/**
 * Something that happened to a user pool. Events are stored forever and published to consumers; their shape only
 * grows (new components), and a change of meaning gets a new revision.
 */
public sealed interface UserPoolEvent permits UserPoolCreatedEvent, UserPoolSigningKeyCreatedEvent,
        UserPoolSettingsChangedEvent, UserPoolDeletedEvent, UserPoolCustomAttributesAddedEvent {

    /** The pool the event belongs to, {@code <region>_<9 alphanumerics>}. */
    String userPoolId();
}
