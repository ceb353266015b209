package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserPoolStoreContractTest;
import org.junit.jupiter.api.AfterEach;

class PostgresUserPoolStoreTest extends UserPoolStoreContractTest {

    private JdbcStorageModule module;

    @Override
    protected UserPoolStore newStore() {
        module = TestDatabases.postgres().builder().build();
        return module.userPoolStore();
    }

    @AfterEach
    void close() {
        module.close();
    }
}
