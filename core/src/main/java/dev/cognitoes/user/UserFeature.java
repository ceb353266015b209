package dev.cognitoes.user;

import dev.cognitoes.spi.StorageModule;
import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserFeature {

    private UserFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(User.class);
        configurer.configureAggregate(NameClaim.class);
        configurer.registerCommandHandler(UserCommandHandler::new);
        configurer.registerCommandHandler(PasswordCommandHandler::new);
        configurer.registerQueryHandler(UserQueries::new);
        configurer.eventProcessing().registerEventHandler(
                c -> new UserProjection(c.getComponent(StorageModule.class).userStore()));
    }
}
