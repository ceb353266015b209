package dev.cognitoes.client;

import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class AppClientFeature {

    private AppClientFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerComponent(StoredAppClientDirectory.class,
                c -> new StoredAppClientDirectory(c.getComponent(StorageModule.class).appClientStore(),
                        c.getComponent(SecretSealer.class)));
        configurer.registerComponent(AppClientDirectory.class, c -> c.getComponent(StoredAppClientDirectory.class));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(AppClient.class)
                .configureSnapshotTrigger(c -> c.getComponent(SnapshotTriggerDefinition.class)));
        configurer.eventProcessing().registerEventHandler(
                c -> new AppClientProjection(c.getComponent(StorageModule.class).appClientStore()));
        configurer.registerQueryHandler(c -> new AppClientQueries(
                c.getComponent(StorageModule.class).appClientStore(), c.getComponent(StoredAppClientDirectory.class),
                c.getComponent(UserPoolDirectory.class), c.getComponent(PageTokens.class)));
    }
}
