package dev.cognitoes.user;

import dev.cognitoes.auth.srp.SrpServer;
import dev.cognitoes.spi.StorageModule;
import java.time.Clock;
import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserFeature {

    private UserFeature() {
    }

    public static void configure(Configurer configurer) {
        configurer.configureAggregate(User.class);
        configurer.configureAggregate(NameClaim.class);
        configurer.registerCommandHandler(UserCommandHandler::new);
        configurer.registerCommandHandler(SignInCommandHandler::new);
        configurer.registerComponent(SrpServer.class, c -> new SrpServer(
                c.getComponent(StorageModule.class).masterKey(), c.getComponent(Clock.class)));
        configurer.registerQueryHandler(UserQueries::new);
        configurer.eventProcessing().registerEventHandler(
                c -> new UserProjection(c.getComponent(StorageModule.class).userStore()));
    }
}
