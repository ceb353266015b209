package dev.cognitoes.group.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A group as GetGroup and ListGroups show it (Cognito's {@code GroupType}).
 *
 * @param description free text, or {@code null}
 * @param roleArn     the IAM role of the group's members, or {@code null}
 * @param precedence  0 or more, lower values rank first; {@code null} ranks after every group that has one
 */
public record GroupView(String userPoolId, String groupName, String description, String roleArn,
                        Integer precedence, Instant creationDate, Instant lastModifiedDate) {

    /**
     * The order in which a user's groups rank, as for {@code cognito:groups} and {@code cognito:preferred_role}:
     * lowest precedence first, groups without precedence last, equal precedence by name.
     */
    public static final Comparator<GroupView> BY_PRECEDENCE = Comparator
            .comparing(GroupView::precedence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(GroupView::groupName);

    public GroupView {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    }
}
