package dev.cognitoes.group;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.cognitoes.group.GroupCommands.AddMember;
import dev.cognitoes.group.GroupCommands.ChangeGroupSettings;
import dev.cognitoes.group.GroupCommands.CreateGroup;
import dev.cognitoes.group.GroupCommands.DeleteGroup;
import dev.cognitoes.group.GroupCommands.RemoveMember;
import dev.cognitoes.group.api.GroupCreatedEvent;
import dev.cognitoes.group.api.GroupDeletedEvent;
import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.group.api.GroupSettingsChangedEvent;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.UserAddedToGroupEvent;
import dev.cognitoes.group.api.UserRemovedFromGroupEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The group of one name in one pool, with its members. Its id derives from the pool and the name, so the first
 * creation of a name is stored at sequence 0, which the event log grants once: of concurrent creations one wins and
 * the others, retried, find the group. A deleted group's name lives on in the same stream and can be created again.
 */
class Group {

    @AggregateIdentifier
    private String groupId;
    private String userPoolId;
    private String groupName;
    private String description;
    private String roleArn;
    private Integer precedence;
    private Instant creationDate;
    private Instant lastModifiedDate;
    private boolean live;
    private Set<String> members = new HashSet<>();

    Group() {
    }

    /** The aggregate id of the group named {@code groupName} in the pool; unlike any other aggregate's id. */
    static String groupId(String userPoolId, String groupName) {
        return "group/" + userPoolId + "/" + groupName;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    GroupView handle(CreateGroup command, Clock clock) {
        if (live) {
            throw GroupDirectory.exists(command.groupName());
        }
        apply(new GroupCreatedEvent(command.userPoolId(), command.groupName(), command.description(),
                command.roleArn(), command.precedence(), clock.instant()));
        return view();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    GroupView handle(ChangeGroupSettings command, Clock clock) {
        requireLive();
        apply(new GroupSettingsChangedEvent(userPoolId, groupName,
                command.description() != null ? command.description() : description,
                command.roleArn() != null ? command.roleArn() : roleArn,
                command.precedence() != null ? command.precedence() : precedence, clock.instant()));
        return view();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeleteGroup command, Clock clock) {
        requireLive();
        apply(new GroupDeletedEvent(userPoolId, groupName, clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddMember command, Clock clock) {
        requireLive();
        if (!members.contains(command.sub())) {
            apply(new UserAddedToGroupEvent(userPoolId, groupName, command.sub(), clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveMember command, Clock clock) {
        requireLive();
        if (members.contains(command.sub())) {
            apply(new UserRemovedFromGroupEvent(userPoolId, groupName, command.sub(), clock.instant()));
        }
    }

    private void requireLive() {
        if (!live) {
            throw GroupDirectory.notFound();
        }
    }

    private GroupView view() {
        return new GroupView(userPoolId, groupName, description, roleArn, precedence, creationDate,
                lastModifiedDate);
    }

    @EventSourcingHandler
    void on(GroupCreatedEvent event) {
        groupId = groupId(event.userPoolId(), event.groupName());
        userPoolId = event.userPoolId();
        groupName = event.groupName();
        description = event.description();
        roleArn = event.roleArn();
        precedence = event.precedence();
        creationDate = event.createdAt();
        lastModifiedDate = event.createdAt();
        live = true;
        members = new HashSet<>();
    }

    @EventSourcingHandler
    void on(GroupSettingsChangedEvent event) {
        description = event.description();
        roleArn = event.roleArn();
        precedence = event.precedence();
        lastModifiedDate = event.changedAt();
    }

    @EventSourcingHandler
    void on(GroupDeletedEvent event) {
        live = false;
        members = new HashSet<>();
    }

    @EventSourcingHandler
    void on(UserAddedToGroupEvent event) {
        members.add(event.sub());
    }

    @EventSourcingHandler
    void on(UserRemovedFromGroupEvent event) {
        members.remove(event.sub());
    }
}
