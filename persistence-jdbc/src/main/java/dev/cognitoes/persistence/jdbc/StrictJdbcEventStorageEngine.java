package dev.cognitoes.persistence.jdbc;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Axon's JDBC engine, refusing every event whose (aggregate identifier, sequence number) is already stored with a
 * {@link ConcurrencyException}, as {@link dev.cognitoes.spi.StorageModule} requires. Axon reports a refused
 * first event (sequence 0) as an {@code AggregateStreamCreationException}, which is not a
 * {@code ConcurrencyException}, so a command that lost the race to create a name claim would not be retried.
 */
final class StrictJdbcEventStorageEngine extends JdbcEventStorageEngine {

    StrictJdbcEventStorageEngine(Builder builder) {
        super(builder.persistenceExceptionResolver(SqlStates.INSTANCE));
    }

    @Override
    protected void handlePersistenceException(Exception exception, EventMessage<?> failedEvent) {
        if (SqlStates.INSTANCE.isDuplicateKeyViolation(exception)) {
            String target = failedEvent instanceof DomainEventMessage<?> event
                    ? "aggregate [" + event.getAggregateIdentifier() + "] at sequence [" + event.getSequenceNumber()
                    + "]"
                    : "event [" + failedEvent.getIdentifier() + "]";
            throw new ConcurrencyException("An event batch starting with " + target
                    + " conflicts with events already stored; nothing of it was stored", exception);
        }
        super.handlePersistenceException(exception, failedEvent);
    }
}
