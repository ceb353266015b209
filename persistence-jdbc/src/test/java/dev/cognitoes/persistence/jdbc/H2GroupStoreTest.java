package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.GroupStoreContractTest;
import org.junit.jupiter.api.AfterEach;

class H2GroupStoreTest extends GroupStoreContractTest {

    private JdbcStorageModule module;

    @Override
    protected GroupStore newStore() {
        module = TestDatabases.h2().builder().build();
        return module.groupStore();
    }

    @AfterEach
    void close() {
        module.close();
    }
}
