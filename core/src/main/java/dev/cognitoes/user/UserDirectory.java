package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.spi.UserStore;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.Configuration;

/**
 * Finds pools, clients and users for the user feature's handlers, with the errors Cognito gives when they are
 * missing. Components are looked up when first needed, since other features register them.
 */
final class UserDirectory {

    static final String USER_NOT_FOUND = "User does not exist.";

    private final Configuration configuration;

    UserDirectory(Configuration configuration) {
        this.configuration = configuration;
    }

    /** @throws CognitoException ResourceNotFoundException when the pool does not exist or was deleted */
    UserPoolView pool(String userPoolId) {
        return component(UserPoolDirectory.class).require(userPoolId);
    }

    /** @throws CognitoException ResourceNotFoundException when the client does not exist or its pool was deleted */
    AppClientView client(String clientId) {
        return component(AppClientDirectory.class).require(clientId);
    }

    AppClientDirectory clientDirectory() {
        return component(AppClientDirectory.class);
    }

    UserStore users() {
        return component(StorageModule.class).userStore();
    }

    /**
     * The user a name given in a request finds: its username, or the email address or phone number when the pool
     * uses them as username or the user has them as verified alias.
     */
    Optional<UserView> find(UserPoolView pool, String name) {
        SignInNames names = new SignInNames(pool);
        String normalized = names.normalize(name);
        Optional<UserView> byUsername = users().findByName(pool.id(), NameKind.USERNAME, normalized);
        if (byUsername.isPresent()) {
            return byUsername;
        }
        for (String attribute : names.usesUsernameAttributes() ? names.usernameAttributes()
                : names.aliasAttributes()) {
            Optional<NameKind> kind = NameKind.ofAttribute(attribute);
            if (kind.isPresent()) {
                Optional<UserView> user = users().findByName(pool.id(), kind.get(), normalized);
                if (user.isPresent()) {
                    return user;
                }
            }
        }
        return Optional.empty();
    }

    /** @throws CognitoException UserNotFoundException worded as the administrator operations word it */
    UserView existing(UserPoolView pool, String name) {
        return find(pool, name).orElseThrow(() -> new CognitoException(CognitoError.USER_NOT_FOUND, USER_NOT_FOUND));
    }

    /** The groups the user is a member of now, as tokens issued now carry them. */
    List<GroupView> groupsOf(UserView user) {
        return component(GroupDirectory.class).groupsOf(user.userPoolId(), user.sub());
    }

    <T> T component(Class<T> type) {
        T component = configuration.getComponent(type);
        if (component == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " is registered in the runtime");
        }
        return component;
    }
}
