package dev.cognitoes.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.user.AttributeChanges.Plan;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.ChangeAttributes;
import dev.cognitoes.user.AttributeCommands.DisableUser;
import dev.cognitoes.user.AttributeCommands.EnableUser;
import dev.cognitoes.user.AttributeCommands.SetMfaOptions;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.UserCommands.ConfirmByAdministrator;
import dev.cognitoes.user.UserCommands.ConfirmWithCode;
import dev.cognitoes.user.UserCommands.CreateUserAsAdministrator;
import dev.cognitoes.user.UserCommands.DeleteUser;
import dev.cognitoes.user.UserCommands.Invitation;
import dev.cognitoes.user.UserCommands.RegisterUser;
import dev.cognitoes.user.UserCommands.RecoveryDestination;
import dev.cognitoes.user.UserCommands.ReissueTemporaryPassword;
import dev.cognitoes.user.UserCommands.RequirePasswordReset;
import dev.cognitoes.user.UserCommands.ResetPasswordWithCode;
import dev.cognitoes.user.UserCommands.SendConfirmationCode;
import dev.cognitoes.user.UserCommands.SendPasswordResetCode;
import dev.cognitoes.user.UserCommands.SetPasswordByAdministrator;
import dev.cognitoes.user.UserCommands.UnverifyAttribute;
import dev.cognitoes.user.UserCommands.Verification;
import dev.cognitoes.user.api.AttributeVerificationCodeSentEvent;
import dev.cognitoes.user.api.ConfirmationAttemptFailedEvent;
import dev.cognitoes.user.api.ConfirmationCodeSentEvent;
import dev.cognitoes.user.api.InvitationSentEvent;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.PasswordResetAttemptFailedEvent;
import dev.cognitoes.user.api.PasswordResetCodeSentEvent;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordResetRequiredEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import dev.cognitoes.user.api.TemporaryPasswordReissuedEvent;
import dev.cognitoes.user.api.UserAttributeUnverifiedEvent;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserConfirmedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserDeletedEvent;
import dev.cognitoes.user.api.UserDisabledEvent;
import dev.cognitoes.user.api.UserEnabledEvent;
import dev.cognitoes.user.api.UserMfaOptionsSetEvent;
import dev.cognitoes.user.api.UserSignedUpEvent;
import dev.cognitoes.user.api.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One user of one pool, identified by its {@code sub}. */
class User {

    static final Duration CODE_VALIDITY = Duration.ofHours(24);
    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    static final String CODE_MISMATCH = "Invalid verification code provided, please try again.";
    static final String EXPIRED_CODE = "Invalid code provided, please request a code again.";
    static final String ATTEMPT_LIMIT = "Attempt limit exceeded, please try after some time.";
    static final String ALREADY_CONFIRMED = "User is already confirmed.";

    static final Duration RESET_CODE_VALIDITY = Duration.ofHours(1);
    static final int RESET_ATTEMPTS_PER_HOUR = 5;
    static final Duration RESET_ATTEMPT_WINDOW = Duration.ofHours(1);
    static final String CANNOT_RESET = "User password cannot be reset in the current state.";
    static final String NO_RECOVERY_DESTINATION =
            "Cannot reset password for the user as there is no registered/verified email or phone_number";
    static final String MFA_OPTION_NOT_SUPPORTED =
            "Only the phone_number attribute with the SMS delivery medium is supported in MFAOptions.";
    static final List<String> SIGN_IN_ATTRIBUTES = List.of("email", "email_verified", "phone_number",
            "phone_number_verified", "preferred_username");

    @AggregateIdentifier
    private String sub;
    private String userPoolId;
    private String username;
    private UserStatus status;
    private Map<String, String> attributes;
    private CodeHash code;
    private Instant codeExpiresAt;
    private String codeAttribute;
    private int consecutiveFailures;
    private Instant lastFailureAt;
    private CodeHash resetCode;
    private Instant resetCodeExpiresAt;
    private final List<Instant> resetAttempts = new ArrayList<>();
    private final Map<String, String> pendingAttributes = new HashMap<>();
    private boolean disabled;

    User() {
    }

    @CommandHandler
    User(RegisterUser command, PasswordVerifierFactory verifiers, Clock clock) {
        apply(new UserSignedUpEvent(command.sub(), command.userPoolId(), command.username(), command.attributes(),
                verifiers.create(command.userPoolId(), command.username(), command.password()), command.clientId(),
                clock.instant()));
    }

    @CommandHandler
    User(CreateUserAsAdministrator command, PasswordVerifierFactory verifiers, Clock clock) {
        Instant now = clock.instant();
        apply(new UserCreatedByAdminEvent(command.sub(), command.userPoolId(), command.username(),
                command.attributes(),
                verifiers.create(command.userPoolId(), command.username(), command.temporaryPassword()),
                now.plus(Duration.ofDays(command.temporaryPasswordValidityDays())), now));
        recordInvitations(command.sub(), command.userPoolId(), command.invitations(), now);
    }

    @CommandHandler
    void handle(ReissueTemporaryPassword command, PasswordVerifierFactory verifiers, Clock clock) {
        if (status != UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new CognitoException(CognitoError.UNSUPPORTED_USER_STATE,
                    "Resend not possible. " + username + " status is not FORCE_CHANGE_PASSWORD.");
        }
        Instant now = clock.instant();
        apply(new TemporaryPasswordReissuedEvent(sub, userPoolId,
                verifiers.create(userPoolId, username, command.temporaryPassword()),
                now.plus(Duration.ofDays(command.temporaryPasswordValidityDays())), now));
        recordInvitations(sub, userPoolId, command.invitations(), now);
    }

    @CommandHandler
    void handle(SendConfirmationCode command, CodeHasher hasher, Clock clock) {
        if (status != UserStatus.UNCONFIRMED) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, ALREADY_CONFIRMED);
        }
        Instant now = clock.instant();
        apply(new ConfirmationCodeSentEvent(sub, userPoolId, hasher.hash(command.code()), command.medium(),
                command.attributeName(), command.destination(), now, now.plus(CODE_VALIDITY)));
    }

    @CommandHandler
    Object handle(ConfirmWithCode command, CodeHasher hasher, Clock clock) {
        Instant now = clock.instant();
        if (consecutiveFailuresAt(now) >= FAILURES_BEFORE_LOCKOUT) {
            throw new CognitoException(CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
        }
        requireUnconfirmed();
        if (code == null || !now.isBefore(codeExpiresAt)) {
            throw new CognitoException(CognitoError.EXPIRED_CODE, EXPIRED_CODE);
        }
        if (!hasher.matches(code, command.code())) {
            apply(new ConfirmationAttemptFailedEvent(sub, userPoolId, consecutiveFailuresAt(now) + 1, now));
            return new Rejected(new CognitoException(CognitoError.CODE_MISMATCH, CODE_MISMATCH));
        }
        Verification verification = new Verification(codeAttribute, attributes.get(codeAttribute));
        apply(new UserConfirmedEvent(sub, userPoolId, codeAttribute, false, now));
        return verification;
    }

    @CommandHandler
    void handle(ConfirmByAdministrator command, Clock clock) {
        requireUnconfirmed();
        apply(new UserConfirmedEvent(sub, userPoolId, null, true, clock.instant()));
    }

    @CommandHandler
    void handle(UnverifyAttribute command, Clock clock) {
        apply(new UserAttributeUnverifiedEvent(sub, userPoolId, command.attributeName(), clock.instant()));
    }

    @CommandHandler
    void handle(SendPasswordResetCode command, CodeHasher hasher, Clock clock) {
        if (status == UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED, CANNOT_RESET);
        }
        if (command.destination() == null) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, NO_RECOVERY_DESTINATION);
        }
        Instant now = clock.instant();
        if (resetAttemptsAt(now) >= RESET_ATTEMPTS_PER_HOUR) {
            throw new CognitoException(CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
        }
        apply(resetCodeSent(hasher, command.code(), command.destination(), false, now));
    }

    /** @return the refusal whose events must be stored, or {@code null} when the password was reset */
    @CommandHandler
    Rejected handle(ResetPasswordWithCode command, CodeHasher hasher, PasswordVerifierFactory verifiers,
                    Clock clock) {
        Instant now = clock.instant();
        if (resetAttemptsAt(now) >= RESET_ATTEMPTS_PER_HOUR) {
            throw new CognitoException(CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
        }
        if (resetCode == null || !now.isBefore(resetCodeExpiresAt)) {
            throw new CognitoException(CognitoError.EXPIRED_CODE, EXPIRED_CODE);
        }
        if (!hasher.matches(resetCode, command.code())) {
            apply(new PasswordResetAttemptFailedEvent(sub, userPoolId, now));
            return new Rejected(new CognitoException(CognitoError.CODE_MISMATCH, CODE_MISMATCH));
        }
        apply(new PasswordResetEvent(sub, userPoolId, verifiers.create(userPoolId, username, command.password()),
                now));
        return null;
    }

    @CommandHandler
    void handle(SetPasswordByAdministrator command, PasswordVerifierFactory verifiers, Clock clock) {
        Instant now = clock.instant();
        apply(new PasswordSetByAdministratorEvent(sub, userPoolId,
                verifiers.create(userPoolId, username, command.password()), command.permanent(),
                command.permanent() ? null : now.plus(Duration.ofDays(command.temporaryPasswordValidityDays())),
                now));
    }

    @CommandHandler
    void handle(RequirePasswordReset command, CodeHasher hasher, Clock clock) {
        if (status == UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED, CANNOT_RESET);
        }
        Instant now = clock.instant();
        apply(new PasswordResetRequiredEvent(sub, userPoolId, now));
        if (command.destination() != null) {
            apply(resetCodeSent(hasher, command.code(), command.destination(), true, now));
        }
    }

    private PasswordResetCodeSentEvent resetCodeSent(CodeHasher hasher, String code, RecoveryDestination destination,
                                                     boolean byAdministrator, Instant now) {
        return new PasswordResetCodeSentEvent(sub, userPoolId, hasher.hash(code), destination.medium(),
                destination.attributeName(), destination.destination(), byAdministrator, now,
                now.plus(RESET_CODE_VALIDITY));
    }

    private int resetAttemptsAt(Instant now) {
        return (int) resetAttempts.stream().filter(at -> now.isBefore(at.plus(RESET_ATTEMPT_WINDOW))).count();
    }

    @CommandHandler
    void handle(DeleteUser command, Clock clock) {
        apply(new UserDeletedEvent(sub, userPoolId, username, clock.instant()));
    }

    private void requireUnconfirmed() {
        if (status != UserStatus.UNCONFIRMED) {
            throw new CognitoException(CognitoError.NOT_AUTHORIZED,
                    "User cannot be confirmed. Current status is " + status);
        }
    }

    private int consecutiveFailuresAt(Instant now) {
        return lastFailureAt != null && now.isBefore(lastFailureAt.plus(LOCKOUT)) ? consecutiveFailures : 0;
    }

    private static void recordInvitations(String sub, String userPoolId, List<Invitation> invitations,
                                          Instant now) {
        for (Invitation invitation : invitations) {
            apply(new InvitationSentEvent(sub, userPoolId, invitation.medium(), invitation.destination(), now));
        }
    }

    @EventSourcingHandler
    void on(UserSignedUpEvent event) {
        sub = event.sub();
        userPoolId = event.userPoolId();
        username = event.username();
        attributes = new HashMap<>(event.attributes());
        status = UserStatus.UNCONFIRMED;
    }

    @EventSourcingHandler
    void on(UserCreatedByAdminEvent event) {
        sub = event.sub();
        userPoolId = event.userPoolId();
        username = event.username();
        attributes = new HashMap<>(event.attributes());
        status = UserStatus.FORCE_CHANGE_PASSWORD;
    }

    @EventSourcingHandler
    void on(ConfirmationCodeSentEvent event) {
        code = event.codeHash();
        codeExpiresAt = event.expiresAt();
        codeAttribute = event.attributeName();
    }

    @EventSourcingHandler
    void on(ConfirmationAttemptFailedEvent event) {
        consecutiveFailures = event.consecutiveFailures();
        lastFailureAt = event.failedAt();
    }

    @EventSourcingHandler
    void on(UserConfirmedEvent event) {
        status = UserStatus.CONFIRMED;
        code = null;
        codeExpiresAt = null;
        consecutiveFailures = 0;
        lastFailureAt = null;
        if (event.verifiedAttribute() != null) {
            attributes.put(event.verifiedAttribute() + "_verified", "true");
        }
    }

    @EventSourcingHandler
    void on(UserAttributeUnverifiedEvent event) {
        attributes.put(event.attributeName() + "_verified", "false");
    }

    @EventSourcingHandler
    void on(PasswordResetCodeSentEvent event) {
        resetCode = event.codeHash();
        resetCodeExpiresAt = event.expiresAt();
        if (!event.byAdministrator()) {
            recordResetAttempt(event.sentAt());
        }
    }

    @EventSourcingHandler
    void on(PasswordResetAttemptFailedEvent event) {
        recordResetAttempt(event.failedAt());
    }

    @EventSourcingHandler
    void on(PasswordResetEvent event) {
        status = UserStatus.CONFIRMED;
        resetCode = null;
        resetCodeExpiresAt = null;
    }

    @EventSourcingHandler
    void on(PasswordResetRequiredEvent event) {
        status = UserStatus.RESET_REQUIRED;
    }

    @EventSourcingHandler
    void on(PasswordSetByAdministratorEvent event) {
        status = event.permanent() ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD;
    }

    private void recordResetAttempt(Instant at) {
        resetAttempts.removeIf(earlier -> !at.isBefore(earlier.plus(RESET_ATTEMPT_WINDOW)));
        resetAttempts.add(at);
    }

    @EventSourcingHandler
    void on(UserDeletedEvent event) {
        markDeleted();
    }

    @CommandHandler
    AttributesChanged handle(ChangeAttributes command, CodeHasher hasher, Clock clock) {
        Plan plan = command.delete().isEmpty()
                ? AttributeChanges.update(command.rules(), attributes, pendingAttributes, command.update())
                : AttributeChanges.delete(command.rules(), attributes, pendingAttributes, command.delete());
        Map<String, String> before = signInAttributes();
        Instant now = clock.instant();
        if (plan.changesAttributes()) {
            apply(new UserAttributesChangedEvent(sub, userPoolId, plan.updated(), plan.deleted(), now));
        }
        plan.pending().forEach((name, value) ->
                apply(new UserAttributeUpdatePendingEvent(sub, userPoolId, name, value, now)));
        List<VerificationMessage> messages = new ArrayList<>();
        for (String attribute : plan.verify()) {
            String destination = pendingAttributes.getOrDefault(attribute, attributes.get(attribute));
            DeliveryMedium medium = attribute.equals(SignInNames.EMAIL) ? DeliveryMedium.EMAIL : DeliveryMedium.SMS;
            String code = command.codes().get(attribute);
            apply(new AttributeVerificationCodeSentEvent(sub, userPoolId, hasher.hash(code), medium, attribute,
                    destination, now, now.plus(CODE_VALIDITY)));
            messages.add(new VerificationMessage(attribute, medium, destination, code));
        }
        return new AttributesChanged(username, before, signInAttributes(), messages);
    }

    @CommandHandler
    void handle(DisableUser command, Clock clock) {
        if (!disabled) {
            apply(new UserDisabledEvent(sub, userPoolId, clock.instant()));
        }
    }

    @CommandHandler
    void handle(EnableUser command, Clock clock) {
        if (disabled) {
            apply(new UserEnabledEvent(sub, userPoolId, clock.instant()));
        }
    }

    @CommandHandler
    void handle(SetMfaOptions command, Clock clock) {
        for (MfaOption option : command.options()) {
            if (option.deliveryMedium() != DeliveryMedium.SMS
                    || !SignInNames.PHONE_NUMBER.equals(option.attributeName())) {
                throw new CognitoException(CognitoError.INVALID_PARAMETER, MFA_OPTION_NOT_SUPPORTED);
            }
        }
        apply(new UserMfaOptionsSetEvent(sub, userPoolId, command.options(), clock.instant()));
    }

    private Map<String, String> signInAttributes() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : SIGN_IN_ATTRIBUTES) {
            if (attributes.containsKey(name)) {
                shown.put(name, attributes.get(name));
            }
        }
        return shown;
    }

    @EventSourcingHandler
    void on(UserAttributesChangedEvent event) {
        attributes.putAll(event.updated());
        event.deleted().forEach(attributes::remove);
        event.updated().keySet().forEach(pendingAttributes::remove);
        event.deleted().forEach(pendingAttributes::remove);
    }

    @EventSourcingHandler
    void on(UserAttributeUpdatePendingEvent event) {
        pendingAttributes.put(event.attributeName(), event.pendingValue());
    }

    @EventSourcingHandler
    void on(UserDisabledEvent event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(UserEnabledEvent event) {
        disabled = false;
    }
}
