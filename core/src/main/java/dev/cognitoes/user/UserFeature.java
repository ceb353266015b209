package dev.cognitoes.user;

import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserFeature {

    private UserFeature() {
    }

    public static void configure(Configurer configurer) {
    }
}
