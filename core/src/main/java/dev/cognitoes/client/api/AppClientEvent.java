package dev.cognitoes.client.api;

/**
 * Something that happened to an app client. Events are stored forever and published to consumers; their shape
 * only grows (new components), and a change of meaning gets a new revision. A client's pool being deleted is told
 * by the pool's own {@code UserPoolDeletedEvent}, not by an event of each client.
 */
public sealed interface AppClientEvent permits AppClientCreatedEvent, AppClientSettingsChangedEvent,
        AppClientDeletedEvent {

    String userPoolId();

    /** 26 lowercase alphanumerics, unique across pools. */
    String clientId();
}
