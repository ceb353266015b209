package dev.cognitoes.spi;

import javax.crypto.SecretKey;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Where a runtime keeps its state. The in-memory module in core and the persistence modules implement it; the
 * runtime asks for each part once, at start.
 *
 * <p>Contract for {@link #eventStorageEngine}, checked by {@code EventStorageEngineContractTest}: appending an
 * event whose (aggregate identifier, sequence number) is already stored fails with a
 * {@link org.axonframework.modelling.command.ConcurrencyException} (also for sequence 0, where Axon's own engines
 * throw an {@code AggregateStreamCreationException}, which is not one) and stores nothing of that batch.
 * Uniqueness of user names and aliases rests on that guarantee. A snapshot read back is a copy: changing the
 * aggregate built from it never changes the stored snapshot.
 *
 * <p>Contract for {@link #transactionManager}: the runtime runs every command and query in a transaction of this
 * manager. Events are appended at the unit of work's prepare-commit phase and the projections write the read
 * models right after, in the same phase; a module whose engine and stores share one transaction therefore stores
 * a command's events and its read-model changes together or not at all.
 */
public interface StorageModule extends AutoCloseable {

    /**
     * The event log of aggregates, read back in order per aggregate and globally.
     *
     * @param eventSerializer    how events are written: the runtime's Jackson serializer
     * @param snapshotSerializer how aggregate snapshots are written: a Jackson serializer that reads and writes
     *                           an aggregate's fields
     */
    EventStorageEngine eventStorageEngine(Serializer eventSerializer, Serializer snapshotSerializer);

    /**
     * The transactions the runtime runs commands and queries in. Modules whose state needs no transaction keep
     * the default, {@link NoTransactionManager}.
     */
    default TransactionManager transactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    /**
     * Where tracking event processors keep their positions; the default forgets them when the process ends.
     *
     * @param serializer how tokens are written: the runtime's Jackson serializer
     */
    default TokenStore tokenStore(Serializer serializer) {
        return new InMemoryTokenStore();
    }

    /**
     * The key that seals secrets kept in events (client secrets, signing keys) and peppers code hashes. It is
     * never written to the event log, so events alone never reveal a secret. The same key must come back after
     * a restart for as long as the event log is kept, and every runtime sharing the event log must get the same.
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
