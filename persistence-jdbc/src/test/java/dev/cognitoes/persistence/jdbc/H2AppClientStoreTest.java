package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.AppClientStoreContractTest;
import org.junit.jupiter.api.AfterEach;

class H2AppClientStoreTest extends AppClientStoreContractTest {

    private JdbcStorageModule module;

    @Override
    protected AppClientStore newStore() {
        module = TestDatabases.h2().builder().build();
        return module.appClientStore();
    }

    @AfterEach
    void close() {
        module.close();
    }
}
