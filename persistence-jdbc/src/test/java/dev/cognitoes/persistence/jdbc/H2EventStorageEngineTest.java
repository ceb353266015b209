package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.EventStorageEngineContractTest;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;

class H2EventStorageEngineTest extends EventStorageEngineContractTest {

    private JdbcStorageModule module;

    @Override
    protected EventStorageEngine newEngine(Serializer eventSerializer, Serializer snapshotSerializer) {
        module = TestDatabases.h2().builder().build();
        return module.eventStorageEngine(eventSerializer, snapshotSerializer);
    }

    @AfterEach
    void close() {
        module.close();
    }
}
