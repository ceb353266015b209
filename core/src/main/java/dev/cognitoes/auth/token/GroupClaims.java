package dev.cognitoes.auth.token;

import dev.cognitoes.group.api.GroupView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The group claims of a user's tokens, from the user's groups in {@link GroupView#BY_PRECEDENCE} order:
 * {@code cognito:groups} (every group name), {@code cognito:roles} (every distinct role ARN) and
 * {@code cognito:preferred_role}. The preferred role is that of the best-ranked groups that have a role, groups
 * without precedence ranking last and equal to each other; when those groups name different roles, no role is
 * preferred, as Cognito documents for groups of equal precedence.
 */
record GroupClaims(List<String> groupNames, List<String> roleArns, Optional<String> preferredRole) {

    static GroupClaims of(List<GroupView> groups) {
        List<String> names = groups.stream().map(GroupView::groupName).toList();
        List<GroupView> withRoles = groups.stream().filter(group -> group.roleArn() != null).toList();
        List<String> roles = withRoles.stream().map(GroupView::roleArn).distinct().toList();
        if (withRoles.isEmpty()) {
            return new GroupClaims(names, roles, Optional.empty());
        }
        Integer best = withRoles.get(0).precedence();
        List<String> bestRoles = withRoles.stream().filter(group -> Objects.equals(group.precedence(), best))
                .map(GroupView::roleArn).distinct().toList();
        return new GroupClaims(names, roles, bestRoles.size() == 1 ? Optional.of(bestRoles.get(0))
                : Optional.empty());
    }
}
