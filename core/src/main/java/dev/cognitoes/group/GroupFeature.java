package dev.cognitoes.group;

import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.spi.StorageModule;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;

/** Registers this feature's aggregate, command handlers, projection, query handlers and directory. */
public final class GroupFeature {

    private GroupFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Group.class)
                .configureSnapshotTrigger(c -> c.getComponent(SnapshotTriggerDefinition.class)));
        configurer.registerCommandHandler(GroupCommandHandler::new);
        configurer.registerQueryHandler(GroupQueries::new);
        configurer.registerComponent(GroupDirectory.class,
                c -> new StoredGroupDirectory(c.getComponent(StorageModule.class).groupStore()));
        configurer.eventProcessing().registerEventHandler(
                c -> new GroupProjection(c.getComponent(StorageModule.class).groupStore()));
    }
}
