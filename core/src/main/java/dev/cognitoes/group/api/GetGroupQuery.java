package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * GetGroup: one group of a pool, by its case-sensitive name.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist.
 */
public record GetGroupQuery(String userPoolId, String groupName) implements CognitoQuery<GroupView> {
    public GetGroupQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
    }
}
