package dev.cognitoes.user;

import dev.cognitoes.delivery.CodeDelivery;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.user.AttributeCommands.AttributeRules;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.ChangeAttributes;
import dev.cognitoes.user.AttributeCommands.DisableUser;
import dev.cognitoes.user.AttributeCommands.EnableUser;
import dev.cognitoes.user.AttributeCommands.SetMfaOptions;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.UserCommands.ClaimName;
import dev.cognitoes.user.UserCommands.ReleaseName;
import dev.cognitoes.user.api.AdminDeleteUserAttributesCommand;
import dev.cognitoes.user.api.AdminDeleteUserAttributesResult;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminDisableUserResult;
import dev.cognitoes.user.api.AdminEnableUserCommand;
import dev.cognitoes.user.api.AdminEnableUserResult;
import dev.cognitoes.user.api.AdminSetUserSettingsCommand;
import dev.cognitoes.user.api.AdminSetUserSettingsResult;
import dev.cognitoes.user.api.AdminUpdateUserAttributesCommand;
import dev.cognitoes.user.api.AdminUpdateUserAttributesResult;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Handles the administrator's attribute, status and settings operations of the Cognito API:
 * AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminDisableUser, AdminEnableUser and AdminSetUserSettings.
 * It finds the pool and the user, has the {@link User} aggregate decide, then moves the user's sign-in names
 * (username attributes and aliases) with its attributes: a name newly held is claimed, and refused with
 * AliasExistsException when another user holds it; a name no longer held is released. Verification codes are
 * handed to {@link CodeDelivery} only after the unit of work committed.
 */
final class AttributeCommandHandler {

    private static final List<String> NAME_ATTRIBUTES = List.of(SignInNames.EMAIL, SignInNames.PHONE_NUMBER,
            "preferred_username");

    private final Configuration configuration;
    private final UserDirectory directory;

    AttributeCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
    }

    @CommandHandler
    AdminUpdateUserAttributesResult handle(AdminUpdateUserAttributesCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        change(pool, new ChangeAttributes(user.sub(), command.userAttributes(), List.of(), AttributeRules.of(pool),
                codes()));
        return new AdminUpdateUserAttributesResult();
    }

    @CommandHandler
    AdminDeleteUserAttributesResult handle(AdminDeleteUserAttributesCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        change(pool, new ChangeAttributes(user.sub(), Map.of(), command.userAttributeNames(),
                AttributeRules.of(pool), codes()));
        return new AdminDeleteUserAttributesResult();
    }

    @CommandHandler
    AdminDisableUserResult handle(AdminDisableUserCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        send(new DisableUser(directory.existing(pool, command.username()).sub()));
        return new AdminDisableUserResult();
    }

    @CommandHandler
    AdminEnableUserResult handle(AdminEnableUserCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        send(new EnableUser(directory.existing(pool, command.username()).sub()));
        return new AdminEnableUserResult();
    }

    @CommandHandler
    AdminSetUserSettingsResult handle(AdminSetUserSettingsCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        send(new SetMfaOptions(directory.existing(pool, command.username()).sub(), command.mfaOptions()));
        return new AdminSetUserSettingsResult();
    }

    private void change(UserPoolView pool, ChangeAttributes command) {
        AttributesChanged changed = (AttributesChanged) send(command);
        moveNames(pool, command.sub(), changed.before(), changed.after());
        Instant now = component(Clock.class).instant();
        CodeDelivery delivery = component(CodeDelivery.class);
        for (VerificationMessage message : changed.messages()) {
            OutboundMessage outbound = new OutboundMessage(pool.id(), changed.username(), message.destination(),
                    message.medium(), MessageKind.ATTRIBUTE_VERIFICATION, message.code(), now);
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> delivery.deliver(outbound));
        }
    }

    private void moveNames(UserPoolView pool, String sub, Map<String, String> before, Map<String, String> after) {
        SignInNames names = new SignInNames(pool);
        for (String attribute : NAME_ATTRIBUTES) {
            boolean usernameAttribute = names.usernameAttributes().contains(attribute);
            if (!usernameAttribute && !names.aliasAttributes().contains(attribute)) {
                continue;
            }
            String held = heldName(names, attribute, usernameAttribute, before);
            String holds = heldName(names, attribute, usernameAttribute, after);
            if (Objects.equals(held, holds)) {
                continue;
            }
            NameKind kind = SignInNames.kindOf(attribute);
            if (holds != null) {
                send(new ClaimName(NameClaim.claimId(pool.id(), kind, holds), pool.id(), kind, holds, sub, false,
                        CognitoError.ALIAS_EXISTS, "An account with the given " + attribute + " already exists."));
            }
            if (held != null) {
                send(new ReleaseName(NameClaim.claimId(pool.id(), kind, held), sub));
            }
        }
    }

    /**
     * The normalized name the attribute gives the user: a username attribute and a preferred username as soon as
     * set, an email address or phone number alias only once verified.
     */
    private static String heldName(SignInNames names, String attribute, boolean usernameAttribute,
                                   Map<String, String> attributes) {
        String value = attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean holds = usernameAttribute || attribute.equals("preferred_username")
                || "true".equals(attributes.get(attribute + "_verified"));
        return holds ? names.normalize(value) : null;
    }

    private Map<String, String> codes() {
        CodeGenerator generator = component(CodeGenerator.class);
        return Map.of(SignInNames.EMAIL, generator.code(), SignInNames.PHONE_NUMBER, generator.code());
    }

    private Object send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    private <T> T component(Class<T> type) {
        return directory.component(type);
    }
}
