package dev.cognitoes.storage.inmemory;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserPoolStoreContractTest;

class InMemoryUserPoolStoreTest extends UserPoolStoreContractTest {

    @Override
    protected UserPoolStore newStore() {
        return new InMemoryUserPoolStore();
    }
}
