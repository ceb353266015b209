package dev.cognitoes.user;

import dev.cognitoes.user.api.UserLookup;
import dev.cognitoes.user.api.UserView;
import java.util.Optional;
import org.axonframework.config.Configuration;

final class StoredUserLookup implements UserLookup {

    private final UserDirectory directory;

    StoredUserLookup(Configuration configuration) {
        this.directory = new UserDirectory(configuration);
    }

    @Override
    public Optional<UserView> find(String userPoolId, String name) {
        return directory.find(directory.pool(userPoolId), name);
    }

    @Override
    public Optional<UserView> findBySub(String userPoolId, String sub) {
        return directory.users().findBySub(userPoolId, sub);
    }
}
