package dev.cognitoes.spi;

import javax.crypto.SecretKey;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Where a runtime keeps its state. The in-memory module in core and the persistence modules implement it; the
 * runtime asks for each part once, at start.
 *
 * <p>Contract for {@link #eventStorageEngine()}: appending an event whose (aggregate identifier, sequence number)
 * is already stored fails with a {@link org.axonframework.modelling.command.ConcurrencyException} and stores
 * nothing of that batch. Uniqueness of user names and aliases rests on that guarantee.
 */
public interface StorageModule extends AutoCloseable {

    /** The event log of aggregates, read back in order per aggregate and globally. */
    EventStorageEngine eventStorageEngine();

    /**
     * The key that seals secrets kept in events (client secrets, signing keys) and peppers code hashes. It is
     * never written to the event log, so events alone never reveal a secret. The same key must come back after
     * a restart for as long as the event log is kept.
     */
    SecretKey masterKey();

    /** The read model of user pools. */
    UserPoolStore userPoolStore();

    /** The read model of app clients. */
    AppClientStore appClientStore();

    /** The read model of users, kept by the user feature's projection. */
    UserStore userStore();

    /** The read model of groups and their members, kept by the group feature's projection. */
    GroupStore groupStore();

    /** Releases connections and files. The in-memory module holds none. */
    @Override
    default void close() {
    }
}
