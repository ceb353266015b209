package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.AppClientStoreContractTest;

class InMemoryAppClientStoreTest extends AppClientStoreContractTest {

    @Override
    protected AppClientStore newStore() {
        return new InMemoryAppClientStore();
    }
}
