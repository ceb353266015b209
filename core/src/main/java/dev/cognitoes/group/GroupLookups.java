package dev.cognitoes.group;

import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.user.api.UserLookup;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolView;
import org.axonframework.config.Configuration;

/**
 * Finds the pool, group and user a group operation names, with the errors Cognito gives when one is missing.
 * Components are looked up when first needed, since other features register them.
 */
final class GroupLookups {

    private final Configuration configuration;

    GroupLookups(Configuration configuration) {
        this.configuration = configuration;
    }

    /** @throws dev.cognitoes.shared.CognitoException ResourceNotFoundException when the pool does not exist */
    UserPoolView pool(String userPoolId) {
        return component(UserPoolDirectory.class).require(userPoolId);
    }

    /** @throws dev.cognitoes.shared.CognitoException ResourceNotFoundException {@code Group not found.} */
    GroupView group(String userPoolId, String groupName) {
        return groups().find(userPoolId, groupName).orElseThrow(GroupDirectory::notFound);
    }

    /** @throws dev.cognitoes.shared.CognitoException UserNotFoundException {@code User does not exist.} */
    UserView user(String userPoolId, String username) {
        return users().require(userPoolId, username);
    }

    GroupStore groups() {
        return component(StorageModule.class).groupStore();
    }

    UserLookup users() {
        return component(UserLookup.class);
    }

    <T> T component(Class<T> type) {
        T component = configuration.getComponent(type);
        if (component == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " is registered in the runtime");
        }
        return component;
    }
}
