package dev.cognitoes.userpool;

import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class UserPoolFeature {

    private UserPoolFeature() {
    }

    public static void configure(Configurer configurer) {
    }
}
