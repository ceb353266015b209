package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import java.util.List;
import java.util.Optional;

/**
 * Reads groups for other features (the token layer puts a user's groups and roles into tokens), consistent with
 * every committed change. Registered by the group feature as a component of the runtime's configuration.
 */
public interface GroupDirectory {

    /** The group of this name in the pool (names compare case-sensitively), or empty. */
    Optional<GroupView> find(String userPoolId, String groupName);

    /**
     * Every group the user is a member of, ordered {@link GroupView#BY_PRECEDENCE}: the first group with a role is
     * the one whose role is preferred. Empty for an unknown user or pool.
     *
     * @param sub the user's immutable identifier
     */
    List<GroupView> groupsOf(String userPoolId, String sub);

    /** Cognito's refusal of an operation that names an unknown group. */
    static CognitoException notFound() {
        return new CognitoException(CognitoError.RESOURCE_NOT_FOUND, "Group not found.");
    }

    /** Cognito's refusal of CreateGroup for a name the pool already has. */
    static CognitoException exists(String groupName) {
        return new CognitoException(CognitoError.GROUP_EXISTS,
                "A group with the name " + groupName + " already exists.");
    }
}
