package dev.cognitoes.userpool;

import dev.cognitoes.auth.signing.RandomRsaKeyGenerator;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserPoolFeature {

    private UserPoolFeature() {
    }

    /**
     * Registers the pool feature. Pools draw their signing keys from a {@link RandomRsaKeyGenerator} unless the
     * runtime is given another {@link SigningKeyGenerator} component.
     */
    public static void configure(Configurer configurer) {
        configurer.registerComponent(SigningKeyGenerator.class, c -> new RandomRsaKeyGenerator());
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(UserPool.class)
                .configureSnapshotTrigger(c -> c.getComponent(SnapshotTriggerDefinition.class)));
        configurer.registerComponent(UserPoolDirectory.class,
                c -> new StoredUserPoolDirectory(c.getComponent(StorageModule.class).userPoolStore()));
        configurer.eventProcessing().registerEventHandler(
                c -> new UserPoolProjection(c.getComponent(StorageModule.class).userPoolStore()));
        configurer.registerQueryHandler(c -> new UserPoolQueries(c.getComponent(StorageModule.class).userPoolStore(),
                c.getComponent(PageTokens.class)));
    }
}
