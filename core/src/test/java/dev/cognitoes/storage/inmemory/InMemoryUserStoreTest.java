package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.UserStore;
import dev.cognitoes.spi.UserStoreContractTest;

class InMemoryUserStoreTest extends UserStoreContractTest {

    @Override
    protected UserStore newStore() {
        return new InMemoryUserStore();
    }
}
