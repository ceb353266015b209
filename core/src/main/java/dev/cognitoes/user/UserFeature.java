package dev.cognitoes.user;

import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.user.api.UserLookup;
import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserFeature {

    private UserFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(User.class);
        configurer.configureAggregate(NameClaim.class);
        configurer.registerCommandHandler(UserCommandHandler::new);
        configurer.registerQueryHandler(UserQueries::new);
        configurer.registerComponent(UserLookup.class, StoredUserLookup::new);
        configurer.eventProcessing().registerEventHandler(
                c -> new UserProjection(c.getComponent(StorageModule.class).userStore()));
    }
}
