package dev.cognitoes.user;

import dev.cognitoes.auth.srp.SrpServer;
import dev.cognitoes.spi.StorageModule;
import org.axonframework.config.AggregateConfigurer;
import dev.cognitoes.user.api.UserLookup;
import java.time.Clock;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserFeature {

    private UserFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(User.class)
                .configureSnapshotTrigger(c -> c.getComponent(SnapshotTriggerDefinition.class)));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(NameClaim.class)
                .configureSnapshotTrigger(c -> c.getComponent(SnapshotTriggerDefinition.class)));
        configurer.registerCommandHandler(UserCommandHandler::new);
        configurer.registerCommandHandler(PasswordCommandHandler::new);
        configurer.registerCommandHandler(AttributeCommandHandler::new);
        configurer.registerCommandHandler(SignInCommandHandler::new);
        configurer.registerCommandHandler(TokenCommandHandler::new);
        configurer.registerComponent(SrpServer.class, c -> new SrpServer(
                c.getComponent(StorageModule.class).masterKey(), c.getComponent(Clock.class)));
        configurer.registerQueryHandler(UserQueries::new);
        configurer.registerQueryHandler(SignedInUserQueries::new);
        configurer.registerComponent(UserLookup.class, StoredUserLookup::new);
        configurer.eventProcessing().registerEventHandler(
                c -> new UserProjection(c.getComponent(StorageModule.class).userStore()));
    }
}
