package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.delivery.CodeDelivery;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.DestinationMask;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.IdGenerator;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.user.SignInNames.NewUser;
import dev.cognitoes.user.UserCommands.ClaimName;
import dev.cognitoes.user.UserCommands.ConfirmByAdministrator;
import dev.cognitoes.user.UserCommands.ConfirmWithCode;
import dev.cognitoes.user.UserCommands.CreateUserAsAdministrator;
import dev.cognitoes.user.UserCommands.DeleteUser;
import dev.cognitoes.user.UserCommands.Invitation;
import dev.cognitoes.user.UserCommands.RegisterUser;
import dev.cognitoes.user.UserCommands.ReissueTemporaryPassword;
import dev.cognitoes.user.UserCommands.ReleaseName;
import dev.cognitoes.user.UserCommands.SendConfirmationCode;
import dev.cognitoes.user.UserCommands.UnverifyAttribute;
import dev.cognitoes.user.UserCommands.Verification;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminConfirmSignUpResult;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminCreateUserResult;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminDeleteUserResult;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ConfirmSignUpResult;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.ResendConfirmationCodeCommand;
import dev.cognitoes.user.api.ResendConfirmationCodeResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.SignUpResult;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Handles the user operations of the Cognito API: checks what needs pools, clients and the read model, claims
 * names, then has the {@link User} and {@link NameClaim} aggregates decide. Codes and invitations are handed to
 * {@link CodeDelivery} only after the unit of work committed.
 */
final class UserCommandHandler {

    static final String USERNAME_CLIENT_NOT_FOUND = "Username/client id combination not found.";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String PREFERRED_USERNAME_AT_SIGN_UP =
            "preferred_username cannot be set at sign-up in a user pool that uses it as alias.";

    private final Configuration configuration;
    private final UserDirectory directory;

    UserCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
    }

    @CommandHandler
    SignUpResult handle(SignUpCommand command) {
        AppClientView client = directory.client(command.clientId());
        ClientSecretCheck.verify(client, command.username(), command.secretHash());
        UserPoolView pool = directory.pool(client.userPoolId());
        if (pool.settings().adminCreateUserConfig().allowAdminCreateUserOnly()) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED, "SignUp is not permitted for this user pool");
        }
        SignInNames names = new SignInNames(pool);
        String sub = component(IdGenerator.class).sub().toString();
        NewUser user = names.newUser(command.username(), sub, command.userAttributes());
        AttributeSchema.check(pool, client, user.attributes());
        if (names.aliasAttributes().contains(PREFERRED_USERNAME)
                && user.attributes().containsKey(PREFERRED_USERNAME)) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, PREFERRED_USERNAME_AT_SIGN_UP);
        }
        new PasswordRules(pool.settings().passwordPolicy()).check(command.password());
        claimNewUserNames(pool, sub, user, "User already exists", false);
        send(new RegisterUser(sub, pool.id(), user.username(), user.attributes(), command.password(),
                client.clientId()));
        CodeDeliveryDetails delivery = sendConfirmationCode(pool, sub, user.username(), user.attributes())
                .orElse(null);
        return new SignUpResult(false, sub, delivery);
    }

    @CommandHandler
    Object handle(ConfirmSignUpCommand command) {
        AppClientView client = directory.client(command.clientId());
        ClientSecretCheck.verify(client, command.username(), command.secretHash());
        UserPoolView pool = directory.pool(client.userPoolId());
        UserView user = directory.find(pool, command.username()).orElseThrow(() -> client.settings()
                .masksUserExistence()
                ? new CognitoException(CognitoError.CODE_MISMATCH, User.CODE_MISMATCH)
                : new CognitoException(CognitoError.USER_NOT_FOUND, USERNAME_CLIENT_NOT_FOUND));
        Object outcome = send(new ConfirmWithCode(user.sub(), command.confirmationCode()));
        if (outcome instanceof Rejected) {
            return outcome;
        }
        Verification verification = (Verification) outcome;
        if (verification.attributeName() != null && verification.value() != null
                && pool.signIn().aliasAttributes().contains(verification.attributeName())) {
            claimAlias(pool, user.sub(), verification.attributeName(), verification.value(),
                    command.forceAliasCreation());
        }
        return new ConfirmSignUpResult();
    }

    @CommandHandler
    ResendConfirmationCodeResult handle(ResendConfirmationCodeCommand command) {
        AppClientView client = directory.client(command.clientId());
        ClientSecretCheck.verify(client, command.username(), command.secretHash());
        UserPoolView pool = directory.pool(client.userPoolId());
        Optional<UserView> found = directory.find(pool, command.username());
        if (found.isEmpty()) {
            if (client.settings().masksUserExistence()) {
                return new ResendConfirmationCodeResult(simulatedDelivery(pool, command.username()));
            }
            throw new CognitoException(CognitoError.USER_NOT_FOUND, USERNAME_CLIENT_NOT_FOUND);
        }
        UserView user = found.get();
        if (user.status() != UserStatus.UNCONFIRMED) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, User.ALREADY_CONFIRMED);
        }
        return new ResendConfirmationCodeResult(sendConfirmationCode(pool, user.sub(), user.username(),
                user.attributes()).orElseThrow(() -> new CognitoException(CognitoError.INVALID_PARAMETER,
                "Cannot resend codes. Auto verification not turned on.")));
    }

    @CommandHandler
    AdminConfirmSignUpResult handle(AdminConfirmSignUpCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        send(new ConfirmByAdministrator(user.sub()));
        return new AdminConfirmSignUpResult();
    }

    @CommandHandler
    AdminCreateUserResult handle(AdminCreateUserCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        PasswordRules passwords = new PasswordRules(pool.settings().passwordPolicy());
        String temporaryPassword = command.temporaryPassword();
        if (temporaryPassword == null) {
            temporaryPassword = passwords.temporaryPassword();
        } else {
            passwords.check(temporaryPassword);
        }
        int validityDays = pool.settings().passwordPolicy().temporaryPasswordValidityDays();
        if (command.messageAction() == MessageAction.RESEND) {
            UserView user = directory.existing(pool, command.username());
            List<Invitation> invitations = invitations(command.desiredDeliveryMediums(), user.attributes());
            send(new ReissueTemporaryPassword(user.sub(), temporaryPassword, validityDays, invitations));
            deliverInvitations(pool, user.username(), invitations, temporaryPassword);
            return new AdminCreateUserResult(user);
        }
        SignInNames names = new SignInNames(pool);
        String sub = component(IdGenerator.class).sub().toString();
        NewUser user = names.newUser(command.username(), sub, command.userAttributes());
        AttributeSchema.check(pool, null, user.attributes());
        claimNewUserNames(pool, sub, user, "User account already exists", command.forceAliasCreation());
        List<Invitation> invitations = command.messageAction() == MessageAction.SUPPRESS ? List.of()
                : invitations(command.desiredDeliveryMediums(), user.attributes());
        send(new CreateUserAsAdministrator(sub, pool.id(), user.username(), user.attributes(), temporaryPassword,
                validityDays, invitations));
        deliverInvitations(pool, user.username(), invitations, temporaryPassword);
        Instant now = component(Clock.class).instant();
        return new AdminCreateUserResult(new UserView(pool.id(), user.username(), sub,
                UserProjection.withSub(sub, user.attributes()), UserStatus.FORCE_CHANGE_PASSWORD, true, now, now));
    }

    @CommandHandler
    AdminDeleteUserResult handle(AdminDeleteUserCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        directory.users().namesOf(pool.id(), user.sub()).forEach((kind, name) ->
                send(new ReleaseName(NameClaim.claimId(pool.id(), kind, name), user.sub())));
        send(new DeleteUser(user.sub()));
        return new AdminDeleteUserResult();
    }

    private void claimNewUserNames(UserPoolView pool, String sub, NewUser user, String usernameTaken,
                                   boolean forceAliasCreation) {
        SignInNames names = new SignInNames(pool);
        claim(pool, sub, NameKind.USERNAME, names.normalize(user.username()), false, CognitoError.USERNAME_EXISTS,
                usernameTaken);
        for (String attribute : new TreeMap<>(user.attributes()).keySet()) {
            String value = user.attributes().get(attribute);
            if (names.usernameAttributes().contains(attribute)) {
                claim(pool, sub, SignInNames.kindOf(attribute), names.normalize(value), false,
                        CognitoError.USERNAME_EXISTS, "An account with the given " + attribute + " already exists.");
            } else if (names.aliasAttributes().contains(attribute) && attribute.equals(PREFERRED_USERNAME)) {
                claim(pool, sub, NameKind.PREFERRED, names.normalize(value), false, CognitoError.ALIAS_EXISTS,
                        "An account with the given " + attribute + " already exists.");
            } else if (names.aliasAttributes().contains(attribute)
                    && "true".equals(user.attributes().get(attribute + "_verified"))) {
                claimAlias(pool, sub, attribute, value, forceAliasCreation);
            }
        }
    }

    private void claimAlias(UserPoolView pool, String sub, String attribute, String value, boolean force) {
        NameKind kind = SignInNames.kindOf(attribute);
        String normalized = new SignInNames(pool).normalize(value);
        Optional<String> previousHolder = directory.users().findByName(pool.id(), kind, normalized)
                .map(UserView::sub).filter(holder -> !holder.equals(sub));
        claim(pool, sub, kind, normalized, force, CognitoError.ALIAS_EXISTS,
                "An account with the given " + attribute + " already exists.");
        previousHolder.ifPresent(holder -> send(new UnverifyAttribute(holder, attribute)));
    }

    private void claim(UserPoolView pool, String sub, NameKind kind, String normalizedName, boolean force,
                       CognitoError conflictError, String conflictMessage) {
        send(new ClaimName(NameClaim.claimId(pool.id(), kind, normalizedName), pool.id(), kind, normalizedName, sub,
                force, conflictError, conflictMessage));
    }

    private Optional<CodeDeliveryDetails> sendConfirmationCode(UserPoolView pool, String sub, String username,
                                                              Map<String, String> attributes) {
        Set<String> autoVerified = pool.settings().autoVerifiedAttributes();
        String attribute;
        DeliveryMedium medium;
        if (autoVerified.contains(SignInNames.PHONE_NUMBER) && attributes.containsKey(SignInNames.PHONE_NUMBER)) {
            attribute = SignInNames.PHONE_NUMBER;
            medium = DeliveryMedium.SMS;
        } else if (autoVerified.contains(SignInNames.EMAIL) && attributes.containsKey(SignInNames.EMAIL)) {
            attribute = SignInNames.EMAIL;
            medium = DeliveryMedium.EMAIL;
        } else {
            return Optional.empty();
        }
        String destination = attributes.get(attribute);
        String code = component(CodeGenerator.class).code();
        send(new SendConfirmationCode(sub, code, medium, attribute, destination));
        afterCommit(new OutboundMessage(pool.id(), username, destination, medium, MessageKind.SIGN_UP, code,
                component(Clock.class).instant()));
        return Optional.of(new CodeDeliveryDetails(DestinationMask.mask(medium, destination), medium, attribute));
    }

    /** The answer an unknown user gets from a client that prevents user existence errors. */
    static CodeDeliveryDetails simulatedDelivery(UserPoolView pool, String username) {
        boolean bySms = SignInNames.isPhoneNumber(username) || !SignInNames.isEmail(username)
                && pool.settings().autoVerifiedAttributes().contains(SignInNames.PHONE_NUMBER)
                && !pool.settings().autoVerifiedAttributes().contains(SignInNames.EMAIL);
        DeliveryMedium medium = bySms ? DeliveryMedium.SMS : DeliveryMedium.EMAIL;
        String attribute = bySms ? SignInNames.PHONE_NUMBER : SignInNames.EMAIL;
        return new CodeDeliveryDetails(DestinationMask.mask(medium, username), medium, attribute);
    }

    private static List<Invitation> invitations(Set<DeliveryMedium> desired, Map<String, String> attributes) {
        Set<DeliveryMedium> mediums = desired.isEmpty() ? Set.of(DeliveryMedium.SMS) : desired;
        List<Invitation> invitations = new ArrayList<>();
        for (DeliveryMedium medium : DeliveryMedium.values()) {
            String attribute = medium == DeliveryMedium.EMAIL ? SignInNames.EMAIL : SignInNames.PHONE_NUMBER;
            if (mediums.contains(medium) && attributes.containsKey(attribute)) {
                invitations.add(new Invitation(medium, attributes.get(attribute)));
            }
        }
        return invitations;
    }

    private void deliverInvitations(UserPoolView pool, String username, List<Invitation> invitations,
                                    String temporaryPassword) {
        Instant now = component(Clock.class).instant();
        for (Invitation invitation : invitations) {
            afterCommit(new OutboundMessage(pool.id(), username, invitation.destination(), invitation.medium(),
                    MessageKind.INVITATION, temporaryPassword, now));
        }
    }

    private void afterCommit(OutboundMessage message) {
        CodeDelivery delivery = component(CodeDelivery.class);
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> delivery.deliver(message));
    }

    private Object send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    private <T> T component(Class<T> type) {
        return directory.component(type);
    }
}
