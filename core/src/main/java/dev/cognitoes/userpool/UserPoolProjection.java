package dev.cognitoes.userpool;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolCustomAttributesAddedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.UserPoolSettingsChangedEvent;
import dev.cognitoes.userpool.api.UserPoolSigningKeyCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolView;
import org.axonframework.eventhandling.EventHandler;

class UserPoolProjection {

    private final UserPoolStore store;

    UserPoolProjection(UserPoolStore store) {
        this.store = store;
    }

    @EventHandler
    void on(UserPoolCreatedEvent event) {
        store.save(new UserPoolView(event.userPoolId(), event.arn(), event.signIn(), event.schema(),
                event.settings(), event.createdAt(), event.createdAt()));
    }

    @EventHandler
    void on(UserPoolSigningKeyCreatedEvent event) {
        store.find(event.userPoolId()).ifPresent(pool -> store.save(pool.withSigningKey(new PoolSigningKey(
                event.signs(), event.publicKey(), event.sealedPrivateKey(), event.createdAt()))));
    }

    @EventHandler
    void on(UserPoolSettingsChangedEvent event) {
        store.find(event.userPoolId()).ifPresent(pool -> store.save(pool.withSettings(event.settings(),
                event.changedAt())));
    }

    @EventHandler
    void on(UserPoolCustomAttributesAddedEvent event) {
        store.find(event.userPoolId()).ifPresent(pool -> store.save(pool.withAddedAttributes(event.attributes(),
                event.addedAt())));
    }

    @EventHandler
    void on(UserPoolDeletedEvent event) {
        store.delete(event.userPoolId());
    }
}
