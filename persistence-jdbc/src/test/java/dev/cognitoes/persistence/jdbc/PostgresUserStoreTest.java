package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserStore;
import dev.cognitoes.spi.UserStoreContractTest;
import org.junit.jupiter.api.AfterEach;

class PostgresUserStoreTest extends UserStoreContractTest {

    private JdbcStorageModule module;

    @Override
    protected UserStore newStore() {
        module = TestDatabases.postgres().builder().build();
        return module.userStore();
    }

    @AfterEach
    void close() {
        module.close();
    }
}
