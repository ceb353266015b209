package dev.cognitoes.client;

import dev.cognitoes.client.api.AppClientCreatedEvent;
import dev.cognitoes.client.api.AppClientDeletedEvent;
import dev.cognitoes.client.api.AppClientSettingsChangedEvent;
import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.StoredAppClient;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import org.axonframework.eventhandling.EventHandler;

class AppClientProjection {

    private final AppClientStore store;

    AppClientProjection(AppClientStore store) {
        this.store = store;
    }

    @EventHandler
    void on(AppClientCreatedEvent event) {
        store.save(new StoredAppClient(event.userPoolId(), event.clientId(), event.clientSecret(), event.settings(),
                event.createdAt(), event.createdAt()));
    }

    @EventHandler
    void on(AppClientSettingsChangedEvent event) {
        store.find(event.clientId()).ifPresent(client -> store.save(new StoredAppClient(client.userPoolId(),
                client.clientId(), client.sealedSecret(), event.settings(), client.creationDate(),
                event.changedAt())));
    }

    @EventHandler
    void on(AppClientDeletedEvent event) {
        store.delete(event.clientId());
    }

    @EventHandler
    void on(UserPoolDeletedEvent event) {
        store.deleteAllOf(event.userPoolId());
    }
}
