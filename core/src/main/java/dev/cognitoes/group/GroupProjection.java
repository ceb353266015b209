package dev.cognitoes.group;

import dev.cognitoes.group.api.GroupCreatedEvent;
import dev.cognitoes.group.api.GroupDeletedEvent;
import dev.cognitoes.group.api.GroupSettingsChangedEvent;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.UserAddedToGroupEvent;
import dev.cognitoes.group.api.UserRemovedFromGroupEvent;
import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.user.api.UserDeletedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import org.axonframework.eventhandling.EventHandler;

/** Keeps the {@link GroupStore} in step; deleted users and pools take their memberships and groups along. */
final class GroupProjection {

    private final GroupStore store;

    GroupProjection(GroupStore store) {
        this.store = store;
    }

    @EventHandler
    void on(GroupCreatedEvent event) {
        store.save(new GroupView(event.userPoolId(), event.groupName(), event.description(), event.roleArn(),
                event.precedence(), event.createdAt(), event.createdAt()));
    }

    @EventHandler
    void on(GroupSettingsChangedEvent event) {
        store.find(event.userPoolId(), event.groupName()).ifPresent(group -> store.save(new GroupView(
                group.userPoolId(), group.groupName(), event.description(), event.roleArn(), event.precedence(),
                group.creationDate(), event.changedAt())));
    }

    @EventHandler
    void on(GroupDeletedEvent event) {
        store.delete(event.userPoolId(), event.groupName());
    }

    @EventHandler
    void on(UserAddedToGroupEvent event) {
        store.addMember(event.userPoolId(), event.groupName(), event.sub());
    }

    @EventHandler
    void on(UserRemovedFromGroupEvent event) {
        store.removeMember(event.userPoolId(), event.groupName(), event.sub());
    }

    @EventHandler
    void on(UserDeletedEvent event) {
        store.deleteMemberships(event.userPoolId(), event.sub());
    }

    @EventHandler
    void on(UserPoolDeletedEvent event) {
        store.deletePool(event.userPoolId());
    }
}
