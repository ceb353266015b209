package dev.cognitoes.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands the group feature's application handler sends to the {@link Group} aggregate once the pool and the
 * user named in a request were found.
 */
final class GroupCommands {

    private GroupCommands() {
    }

    record CreateGroup(@TargetAggregateIdentifier String groupId, String userPoolId, String groupName,
                       String description, String roleArn, Integer precedence) {
    }

    /** A {@code null} component keeps what the group has. */
    record ChangeGroupSettings(@TargetAggregateIdentifier String groupId, String description, String roleArn,
                               Integer precedence) {
    }

    record DeleteGroup(@TargetAggregateIdentifier String groupId) {
    }

    record AddMember(@TargetAggregateIdentifier String groupId, String sub) {
    }

    record RemoveMember(@TargetAggregateIdentifier String groupId, String sub) {
    }
}
