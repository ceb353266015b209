package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserPoolStoreContractTest;
import org.junit.jupiter.api.AfterEach;

class H2UserPoolStoreTest extends UserPoolStoreContractTest {

    private JdbcStorageModule module;

    @Override
    protected UserPoolStore newStore() {
        module = TestDatabases.h2().builder().build();
        return module.userPoolStore();
    }

    @AfterEach
    void close() {
        module.close();
    }
}
