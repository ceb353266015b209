package dev.cognitoes.group;

import dev.cognitoes.group.GroupCommands.AddMember;
import dev.cognitoes.group.GroupCommands.ChangeGroupSettings;
import dev.cognitoes.group.GroupCommands.CreateGroup;
import dev.cognitoes.group.GroupCommands.DeleteGroup;
import dev.cognitoes.group.GroupCommands.RemoveMember;
import dev.cognitoes.group.api.AdminAddUserToGroupCommand;
import dev.cognitoes.group.api.AdminRemoveUserFromGroupCommand;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.group.api.DeleteGroupCommand;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.UpdateGroupCommand;
import dev.cognitoes.user.api.UserView;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;

/**
 * Handles the group operations of the Cognito API: finds the pool, the group and the user a request names, with
 * the errors Cognito gives when one is missing, then has the {@link Group} aggregate decide.
 */
final class GroupCommandHandler {

    private final Configuration configuration;
    private final GroupLookups lookups;

    GroupCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.lookups = new GroupLookups(configuration);
    }

    @CommandHandler
    GroupView handle(CreateGroupCommand command) {
        String poolId = lookups.pool(command.userPoolId()).id();
        return send(new CreateGroup(Group.groupId(poolId, command.groupName()), poolId, command.groupName(),
                command.description(), command.roleArn(), command.precedence()));
    }

    @CommandHandler
    GroupView handle(UpdateGroupCommand command) {
        String poolId = lookups.pool(command.userPoolId()).id();
        return send(new ChangeGroupSettings(Group.groupId(poolId, command.groupName()), command.description(),
                command.roleArn(), command.precedence()));
    }

    @CommandHandler
    Void handle(DeleteGroupCommand command) {
        String poolId = lookups.pool(command.userPoolId()).id();
        send(new DeleteGroup(Group.groupId(poolId, command.groupName())));
        return null;
    }

    @CommandHandler
    Void handle(AdminAddUserToGroupCommand command) {
        String poolId = lookups.pool(command.userPoolId()).id();
        GroupView group = lookups.group(poolId, command.groupName());
        UserView user = lookups.user(poolId, command.username());
        send(new AddMember(Group.groupId(poolId, group.groupName()), user.sub()));
        return null;
    }

    @CommandHandler
    Void handle(AdminRemoveUserFromGroupCommand command) {
        String poolId = lookups.pool(command.userPoolId()).id();
        GroupView group = lookups.group(poolId, command.groupName());
        UserView user = lookups.user(poolId, command.username());
        send(new RemoveMember(Group.groupId(poolId, group.groupName()), user.sub()));
        return null;
    }

    @SuppressWarnings("unchecked")
    private <R> R send(Object command) {
        return (R) configuration.commandGateway().sendAndWait(command);
    }
}
