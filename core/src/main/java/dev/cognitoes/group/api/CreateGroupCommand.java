package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoCommand;
import java.util.Objects;

/**
 * CreateGroup: a new group in a pool. Answers the group as GetGroup shows it.
 *
 * <p>Refused with ResourceNotFoundException when the pool does not exist, and with GroupExistsException when the
 * pool has a group of this name (case-sensitive), even while a concurrent request creates it.
 *
 * @param description free text, or {@code null}
 * @param roleArn     an IAM role ARN, or {@code null}
 * @param precedence  0 or more, or {@code null} for none
 */
public record CreateGroupCommand(String userPoolId, String groupName, String description, String roleArn,
                                 Integer precedence) implements CognitoCommand<GroupView> {
    public CreateGroupCommand {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
    }

    /** A group with a name only. */
    public static CreateGroupCommand named(String userPoolId, String groupName) {
        return new CreateGroupCommand(userPoolId, groupName, null, null, null);
    }
}
