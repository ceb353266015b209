package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.EventStorageEngineContractTest;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

class InMemoryEventStorageEngineTest extends EventStorageEngineContractTest {

    @Override
    protected EventStorageEngine newEngine(Serializer eventSerializer, Serializer snapshotSerializer) {
        return new InMemoryStorageModule().eventStorageEngine(eventSerializer, snapshotSerializer);
    }
}
