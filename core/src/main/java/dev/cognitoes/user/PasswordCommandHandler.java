package dev.cognitoes.user;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.delivery.CodeDelivery;
import dev.cognitoes.delivery.DestinationMask;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.user.UserCommands.RecoveryDestination;
import dev.cognitoes.user.UserCommands.RequirePasswordReset;
import dev.cognitoes.user.UserCommands.ResetPasswordWithCode;
import dev.cognitoes.user.UserCommands.SendPasswordResetCode;
import dev.cognitoes.user.UserCommands.SetPasswordByAdministrator;
import dev.cognitoes.user.api.AdminResetUserPasswordCommand;
import dev.cognitoes.user.api.AdminResetUserPasswordResult;
import dev.cognitoes.user.api.AdminSetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserPasswordResult;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.ConfirmForgotPasswordResult;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.ForgotPasswordResult;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Handles the password recovery operations of the Cognito API: ForgotPassword, ConfirmForgotPassword,
 * AdminSetUserPassword and AdminResetUserPassword. It finds the pool, client and user and the recovery
 * destination, checks the password policy, then has the {@link User} aggregate decide. Reset codes are handed to
 * {@link CodeDelivery} only after the unit of work committed.
 */
final class PasswordCommandHandler {

    static final String USER_DISABLED = "User is disabled.";

    private final Configuration configuration;
    private final UserDirectory directory;

    PasswordCommandHandler(Configuration configuration) {
        this.configuration = configuration;
        this.directory = new UserDirectory(configuration);
    }

    @CommandHandler
    ForgotPasswordResult handle(ForgotPasswordCommand command) {
        AppClientView client = directory.client(command.clientId());
        ClientSecretCheck.verify(client, command.username(), command.secretHash());
        UserPoolView pool = directory.pool(client.userPoolId());
        Optional<UserView> found = directory.find(pool, command.username());
        boolean masked = client.settings().masksUserExistence();
        if (masked && found.filter(UserView::enabled).isEmpty()) {
            return new ForgotPasswordResult(UserCommandHandler.simulatedDelivery(pool, command.username()));
        }
        UserView user = requireEnabled(found.orElseThrow(() -> new CognitoException(CognitoError.USER_NOT_FOUND,
                UserCommandHandler.USERNAME_CLIENT_NOT_FOUND)));
        Optional<RecoveryDestination> destination = PasswordRecovery.destination(pool, user.attributes());
        String code = component(CodeGenerator.class).code();
        send(new SendPasswordResetCode(user.sub(), code, destination.orElse(null)));
        return new ForgotPasswordResult(deliver(pool, user, code, destination.orElseThrow()));
    }

    @CommandHandler
    Object handle(ConfirmForgotPasswordCommand command) {
        AppClientView client = directory.client(command.clientId());
        ClientSecretCheck.verify(client, command.username(), command.secretHash());
        UserPoolView pool = directory.pool(client.userPoolId());
        UserView user = requireEnabled(directory.find(pool, command.username()).orElseThrow(() -> client.settings()
                .masksUserExistence()
                ? new CognitoException(CognitoError.CODE_MISMATCH, User.CODE_MISMATCH)
                : new CognitoException(CognitoError.USER_NOT_FOUND, UserCommandHandler.USERNAME_CLIENT_NOT_FOUND)));
        new PasswordRules(pool.settings().passwordPolicy()).check(command.password());
        Object outcome = send(new ResetPasswordWithCode(user.sub(), command.confirmationCode(), command.password()));
        if (outcome instanceof Rejected) {
            return outcome;
        }
        return new ConfirmForgotPasswordResult();
    }

    @CommandHandler
    AdminSetUserPasswordResult handle(AdminSetUserPasswordCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        new PasswordRules(pool.settings().passwordPolicy()).check(command.password());
        send(new SetPasswordByAdministrator(user.sub(), command.password(), command.permanent(),
                pool.settings().passwordPolicy().temporaryPasswordValidityDays()));
        return new AdminSetUserPasswordResult();
    }

    @CommandHandler
    AdminResetUserPasswordResult handle(AdminResetUserPasswordCommand command) {
        UserPoolView pool = directory.pool(command.userPoolId());
        UserView user = directory.existing(pool, command.username());
        Optional<RecoveryDestination> destination = PasswordRecovery.destination(pool, user.attributes());
        String code = destination.isPresent() ? component(CodeGenerator.class).code() : null;
        send(new RequirePasswordReset(user.sub(), code, destination.orElse(null)));
        destination.ifPresent(to -> deliver(pool, user, code, to));
        return new AdminResetUserPasswordResult();
    }

    private static UserView requireEnabled(UserView user) {
        if (!user.enabled()) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED, USER_DISABLED);
        }
        return user;
    }

    private CodeDeliveryDetails deliver(UserPoolView pool, UserView user, String code, RecoveryDestination to) {
        CodeDelivery delivery = component(CodeDelivery.class);
        OutboundMessage message = new OutboundMessage(pool.id(), user.username(), to.destination(), to.medium(),
                MessageKind.FORGOT_PASSWORD, code, component(Clock.class).instant());
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> delivery.deliver(message));
        return new CodeDeliveryDetails(DestinationMask.mask(to.medium(), to.destination()), to.medium(),
                to.attributeName());
    }

    private Object send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    private <T> T component(Class<T> type) {
        return directory.component(type);
    }
}
