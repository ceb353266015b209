package dev.cognitoes.user;

import dev.cognitoes.delivery.CodeDelivery;
import dev.cognitoes.delivery.DestinationMask;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.user.AttributeCommands.AttributeRules;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.ChangeAttributes;
import dev.cognitoes.user.AttributeCommands.DisableUser;
import dev.cognitoes.user.AttributeCommands.EnableUser;
import dev.cognitoes.user.AttributeCommands.SendAttributeVerificationCode;
import dev.cognitoes.user.AttributeCommands.SetMfaOptions;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.AttributeCommands.VerifyAttribute;
import dev.cognitoes.user.SignedInUsers.SignedInUser;
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
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.DeleteUserAttributesCommand;
import dev.cognitoes.user.api.DeleteUserAttributesResult;
import dev.cognitoes.user.api.GetUserAttributeVerificationCodeCommand;
import dev.cognitoes.user.api.GetUserAttributeVerificationCodeResult;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.SetUserSettingsCommand;
import dev.cognitoes.user.api.SetUserSettingsResult;
import dev.cognitoes.user.api.UpdateUserAttributesCommand;
import dev.cognitoes.user.api.UpdateUserAttributesResult;
import dev.cognitoes.user.api.VerifyUserAttributeCommand;
import dev.cognitoes.user.api.VerifyUserAttributeResult;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Handles the attribute, status and settings operations of the Cognito API: the administrator's
 * AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminDisableUser, AdminEnableUser and AdminSetUserSettings,
 * and the signed-in user's UpdateUserAttributes, DeleteUserAttributes, GetUserAttributeVerificationCode,
 * VerifyUserAttribute and SetUserSettings, authorized by an access token (see {@link SignedInUsers}) and limited to
 * the attributes its app client may write. It finds the pool and the user, has the {@link User} aggregate decide,
 * then moves the user's sign-in names (username attributes and aliases) with its attributes: a name newly held is
 * claimed, and refused with AliasExistsException when another user holds it; a name no longer held is released.
 * Verification codes are handed to {@link CodeDelivery} only after the unit of work committed.
 */
final class AttributeCommandHandler {

    private static final List<String> NAME_ATTRIBUTES = List.of(SignInNames.EMAIL, SignInNames.PHONE_NUMBER,
            "preferred_username");

    static final String NOT_VERIFIABLE = "Invalid attribute name. Only phone_number and email can be verified.";

    private final Configuration configuration;
    private final UserDirectory directory;
    private final SignedInUsers signedIn;

    AttributeCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
        this.signedIn = new SignedInUsers(directory);
    }

    @CommandHandler
    UpdateUserAttributesResult handle(UpdateUserAttributesCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        UserPoolView pool = directory.pool(user.user().userPoolId());
        AttributeSchema.checkWritableByUser(pool, directory.client(user.claims().clientId()),
                command.userAttributes().keySet());
        AttributesChanged changed = change(pool, new ChangeAttributes(user.user().sub(), command.userAttributes(),
                List.of(), AttributeRules.of(pool), codes()));
        return new UpdateUserAttributesResult(changed.messages().stream().map(AttributeCommandHandler::details)
                .toList());
    }

    @CommandHandler
    DeleteUserAttributesResult handle(DeleteUserAttributesCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        UserPoolView pool = directory.pool(user.user().userPoolId());
        AttributeSchema.checkWritableByUser(pool, directory.client(user.claims().clientId()),
                command.userAttributeNames());
        change(pool, new ChangeAttributes(user.user().sub(), Map.of(), command.userAttributeNames(),
                AttributeRules.of(pool), codes()));
        return new DeleteUserAttributesResult();
    }

    @CommandHandler
    GetUserAttributeVerificationCodeResult handle(GetUserAttributeVerificationCodeCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        requireVerifiable(command.attributeName());
        UserPoolView pool = directory.pool(user.user().userPoolId());
        VerificationMessage message = (VerificationMessage) send(new SendAttributeVerificationCode(
                user.user().sub(), command.attributeName(), component(CodeGenerator.class).code()));
        deliver(pool, user.user().username(), message);
        return new GetUserAttributeVerificationCodeResult(details(message));
    }

    @CommandHandler
    Object handle(VerifyUserAttributeCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        requireVerifiable(command.attributeName());
        UserPoolView pool = directory.pool(user.user().userPoolId());
        Object outcome = send(new VerifyAttribute(user.user().sub(), command.attributeName(), command.code()));
        if (outcome instanceof Rejected) {
            return outcome;
        }
        AttributesChanged changed = (AttributesChanged) outcome;
        moveNames(pool, user.user().sub(), changed.before(), changed.after());
        return new VerifyUserAttributeResult();
    }

    @CommandHandler
    SetUserSettingsResult handle(SetUserSettingsCommand command) {
        SignedInUser user = signedIn.authorize(command.accessToken());
        send(new SetMfaOptions(user.user().sub(), command.mfaOptions()));
        return new SetUserSettingsResult();
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

    private AttributesChanged change(UserPoolView pool, ChangeAttributes command) {
        AttributesChanged changed = (AttributesChanged) send(command);
        moveNames(pool, command.sub(), changed.before(), changed.after());
        for (VerificationMessage message : changed.messages()) {
            deliver(pool, changed.username(), message);
        }
        return changed;
    }

    private void deliver(UserPoolView pool, String username, VerificationMessage message) {
        OutboundMessage outbound = new OutboundMessage(pool.id(), username, message.destination(), message.medium(),
                MessageKind.ATTRIBUTE_VERIFICATION, message.code(), component(Clock.class).instant());
        CodeDelivery delivery = component(CodeDelivery.class);
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> delivery.deliver(outbound));
    }

    private static CodeDeliveryDetails details(VerificationMessage message) {
        return new CodeDeliveryDetails(DestinationMask.mask(message.medium(), message.destination()),
                message.medium(), message.attributeName());
    }

    private static void requireVerifiable(String attributeName) {
        if (!SignInNames.EMAIL.equals(attributeName) && !SignInNames.PHONE_NUMBER.equals(attributeName)) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, NOT_VERIFIABLE);
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
