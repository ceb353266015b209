package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.GroupStoreContractTest;

class InMemoryGroupStoreTest extends GroupStoreContractTest {

    @Override
    protected GroupStore newStore() {
        return new InMemoryGroupStore();
    }
}
