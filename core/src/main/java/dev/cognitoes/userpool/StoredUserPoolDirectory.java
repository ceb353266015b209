package dev.cognitoes.userpool;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.Optional;

class StoredUserPoolDirectory implements UserPoolDirectory {

    private final UserPoolStore store;

    StoredUserPoolDirectory(UserPoolStore store) {
        this.store = store;
    }

    @Override
    public Optional<UserPoolView> find(String userPoolId) {
        return store.find(userPoolId);
    }
}
