package dev.cognitoes.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.client.api.AppClientCreatedEvent;
import dev.cognitoes.client.api.AppClientDeletedEvent;
import dev.cognitoes.client.api.AppClientDirectory;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientSettingsChangedEvent;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.DeleteUserPoolClientCommand;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.shared.IdGenerator;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

class AppClient {

    @AggregateIdentifier
    private String clientId;
    private String userPoolId;
    private SealedSecret secret;
    private AppClientSettings settings;
    private Instant creationDate;
    private Instant lastModifiedDate;
    private boolean deleted;

    AppClient() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    AppClientView handle(CreateUserPoolClientCommand command, UserPoolDirectory pools, IdGenerator ids,
                         SecretSealer secrets, Clock clock) {
        UserPoolView pool = pools.require(command.userPoolId());
        ClientRules.checkChosenSecret(command.generateSecret(), command.clientSecret());
        AppClientSettings checked = ClientRules.checked(command.settings(), pool, "creating");
        String clearSecret = command.clientSecret() != null ? command.clientSecret()
                : command.generateSecret() ? ids.appClientSecret() : null;
        SealedSecret sealed = clearSecret == null ? null : secrets.seal(clearSecret);
        apply(new AppClientCreatedEvent(pool.id(), ids.appClientId(), sealed, checked, clock.instant()));
        return view(Optional.ofNullable(clearSecret));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AppClientView handle(UpdateUserPoolClientCommand command, UserPoolDirectory pools, SecretSealer secrets,
                         Clock clock) {
        UserPoolView pool = pools.require(command.userPoolId());
        requireExistingIn(pool.id(), command.clientId());
        AppClientSettings checked = ClientRules.checked(command.settings(), pool, "updating");
        apply(new AppClientSettingsChangedEvent(userPoolId, clientId, checked, clock.instant()));
        return view(Optional.ofNullable(secret).map(secrets::unseal));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Void handle(DeleteUserPoolClientCommand command, UserPoolDirectory pools, Clock clock) {
        UserPoolView pool = pools.require(command.userPoolId());
        requireExistingIn(pool.id(), command.clientId());
        apply(new AppClientDeletedEvent(userPoolId, clientId, clock.instant()));
        return null;
    }

    @EventSourcingHandler
    void on(AppClientCreatedEvent event) {
        clientId = event.clientId();
        userPoolId = event.userPoolId();
        secret = event.clientSecret();
        settings = event.settings();
        creationDate = event.createdAt();
        lastModifiedDate = event.createdAt();
    }

    @EventSourcingHandler
    void on(AppClientSettingsChangedEvent event) {
        settings = event.settings();
        lastModifiedDate = event.changedAt();
    }

    @EventSourcingHandler
    void on(AppClientDeletedEvent event) {
        deleted = true;
    }

    private void requireExistingIn(String poolId, String requestedClientId) {
        if (clientId == null || deleted || !userPoolId.equals(poolId)) {
            throw AppClientDirectory.notFound(requestedClientId);
        }
    }

    private AppClientView view(Optional<String> clearSecret) {
        return new AppClientView(userPoolId, clientId, clearSecret, settings, creationDate, lastModifiedDate);
    }
}
