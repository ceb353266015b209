package dev.cognitoes.client;

import org.axonframework.config.Configurer;

/** Registers this feature's aggregates, command handlers, projections and query handlers with the runtime. */
public final class AppClientFeature {

    private AppClientFeature() {
    }

    public static void configure(Configurer configurer) {
    }
}
