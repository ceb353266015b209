package dev.cognitoes.userpool;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.cognitoes.auth.secret.SecretSealer;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.IdGenerator;
import dev.cognitoes.userpool.api.AddCustomAttributesCommand;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.PoolSigningKey;
import dev.cognitoes.userpool.api.SchemaAttribute;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.TokenUse;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolCustomAttributesAddedEvent;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import dev.cognitoes.userpool.api.UserPoolDirectory;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolSettingsChangedEvent;
import dev.cognitoes.userpool.api.UserPoolSigningKeyCreatedEvent;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

class UserPool {

    @AggregateIdentifier
    private String userPoolId;
    private String arn;
    private SignInSettings signIn;
    private List<SchemaAttribute> schema;
    private UserPoolSettings settings;
    private Instant creationDate;
    private Instant lastModifiedDate;
    private final List<PoolSigningKey> signingKeys = new ArrayList<>();
    private boolean deleted;

    UserPool() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    UserPoolView handle(CreateUserPoolCommand command, IdGenerator ids, AccountSettings account, Clock clock,
                        SigningKeyGenerator keyGenerator, SecretSealer sealer) {
        if (!AccountSettings.isRegion(command.region())) {
            throw invalid("The region '" + command.region() + "' is not a valid AWS region.");
        }
        SignInSettings signIn = command.signIn();
        if (!signIn.usernameAttributes().isEmpty() && !signIn.aliasAttributes().isEmpty()) {
            throw invalid("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
        }
        List<SchemaAttribute> schema = PoolSchema.effective(command.schema());
        checkSettings(command.settings());
        String id = command.region() + "_" + ids.userPoolIdSuffix();
        String arn = "arn:aws:cognito-idp:" + command.region() + ":" + account.accountId() + ":userpool/" + id;
        Instant now = clock.instant();
        apply(new UserPoolCreatedEvent(id, arn, signIn, schema, command.settings(), now));
        for (TokenUse use : TokenUse.values()) {
            PoolSigningKey key = PoolKeys.signingKey(use, keyGenerator.generate(), sealer, now);
            apply(new UserPoolSigningKeyCreatedEvent(id, use, key.publicKey(), key.sealedPrivateKey(), now));
        }
        return view();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    UserPoolView handle(UpdateUserPoolCommand command, Clock clock) {
        requireExisting(command.userPoolId());
        checkSettings(command.settings());
        apply(new UserPoolSettingsChangedEvent(userPoolId, command.settings(), clock.instant()));
        return view();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Void handle(AddCustomAttributesCommand command, Clock clock) {
        requireExisting(command.userPoolId());
        apply(new UserPoolCustomAttributesAddedEvent(userPoolId, PoolSchema.added(schema,
                command.customAttributes()), clock.instant()));
        return null;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Void handle(DeleteUserPoolCommand command, Clock clock) {
        requireExisting(command.userPoolId());
        if (settings.deletionProtection()) {
            throw invalid("The user pool cannot be deleted because deletion protection is activated. "
                    + "Deletion protection must be inactivated first.");
        }
        apply(new UserPoolDeletedEvent(userPoolId, clock.instant()));
        return null;
    }

    @EventSourcingHandler
    void on(UserPoolCreatedEvent event) {
        userPoolId = event.userPoolId();
        arn = event.arn();
        signIn = event.signIn();
        schema = event.schema();
        settings = event.settings();
        creationDate = event.createdAt();
        lastModifiedDate = event.createdAt();
    }

    @EventSourcingHandler
    void on(UserPoolSigningKeyCreatedEvent event) {
        signingKeys.add(new PoolSigningKey(event.signs(), event.publicKey(), event.sealedPrivateKey(),
                event.createdAt()));
    }

    @EventSourcingHandler
    void on(UserPoolSettingsChangedEvent event) {
        settings = event.settings();
        lastModifiedDate = event.changedAt();
    }

    @EventSourcingHandler
    void on(UserPoolCustomAttributesAddedEvent event) {
        List<SchemaAttribute> extended = new ArrayList<>(schema);
        extended.addAll(event.attributes());
        schema = List.copyOf(extended);
        lastModifiedDate = event.addedAt();
    }

    @EventSourcingHandler
    void on(UserPoolDeletedEvent event) {
        deleted = true;
    }

    private void requireExisting(String requestedId) {
        if (userPoolId == null || deleted) {
            throw UserPoolDirectory.notFound(requestedId);
        }
    }

    private static void checkSettings(UserPoolSettings settings) {
        if (!settings.autoVerifiedAttributes().containsAll(settings.attributesRequireVerificationBeforeUpdate())) {
            throw invalid("All attributes in AttributesRequireVerificationBeforeUpdate must exist in "
                    + "AutoVerifiedAttributes");
        }
    }

    private UserPoolView view() {
        return new UserPoolView(userPoolId, arn, signIn, schema, settings, creationDate, lastModifiedDate,
                signingKeys);
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, message);
    }
}
