package dev.cognitoes.group;

import dev.cognitoes.group.api.GroupDirectory;
import dev.cognitoes.spi.StorageModule;
import org.axonframework.config.Configurer;

/** Registers this feature's aggregate, command handlers, projection, query handlers and directory. */
public final class GroupFeature {

    private GroupFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(Group.class);
        configurer.registerCommandHandler(GroupCommandHandler::new);
        configurer.registerQueryHandler(GroupQueries::new);
        configurer.registerComponent(GroupDirectory.class,
                c -> new StoredGroupDirectory(c.getComponent(StorageModule.class).groupStore()));
        configurer.eventProcessing().registerEventHandler(
                c -> new GroupProjection(c.getComponent(StorageModule.class).groupStore()));
    }
}
