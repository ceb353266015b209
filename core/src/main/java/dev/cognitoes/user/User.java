package dev.cognitoes.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.srp.InvalidSrpAException;
import dev.cognitoes.auth.srp.PasswordChecker;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.auth.srp.SrpChallenge;
import dev.cognitoes.auth.srp.SrpServer;
import dev.cognitoes.auth.srp.SrpVerification;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.user.AttributeChanges.Plan;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.ChangeAttributes;
import dev.cognitoes.user.AttributeCommands.DisableUser;
import dev.cognitoes.user.AttributeCommands.EnableUser;
import dev.cognitoes.user.AttributeCommands.SendAttributeVerificationCode;
import dev.cognitoes.user.AttributeCommands.SetMfaOptions;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.AttributeCommands.VerifyAttribute;
import dev.cognitoes.user.SignInCommands.AnswerPasswordVerifier;
import dev.cognitoes.user.SignInCommands.BeginSrpSignIn;
import dev.cognitoes.user.SignInCommands.ChooseNewPassword;
import dev.cognitoes.user.SignInCommands.NewPasswordRequired;
import dev.cognitoes.user.SignInCommands.PresentedRefreshToken;
import dev.cognitoes.user.SignInCommands.RefreshSignIn;
import dev.cognitoes.user.SignInCommands.Refreshed;
import dev.cognitoes.user.SignInCommands.SignInGrant;
import dev.cognitoes.user.SignInCommands.SignInWithPassword;
import dev.cognitoes.user.SignInCommands.SignedIn;
import dev.cognitoes.user.TokenCommands.ChangePassword;
import dev.cognitoes.user.TokenCommands.RevokeRefreshToken;
import dev.cognitoes.user.TokenCommands.RotateRefreshToken;
import dev.cognitoes.user.TokenCommands.SignOutEverywhere;
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
import dev.cognitoes.user.api.AttributeVerificationAttemptFailedEvent;
import dev.cognitoes.user.api.AttributeVerificationCodeSentEvent;
import dev.cognitoes.user.api.ConfirmationAttemptFailedEvent;
import dev.cognitoes.user.api.ConfirmationCodeSentEvent;
import dev.cognitoes.user.api.InvitationSentEvent;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.PasswordChangeFailedEvent;
import dev.cognitoes.user.api.PasswordChangedEvent;
import dev.cognitoes.user.api.PasswordResetAttemptFailedEvent;
import dev.cognitoes.user.api.PasswordResetCodeSentEvent;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordResetRequiredEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import dev.cognitoes.user.api.RefreshTokenRevokedEvent;
import dev.cognitoes.user.api.RefreshTokenRotatedEvent;
import dev.cognitoes.user.api.SignInFailedEvent;
import dev.cognitoes.user.api.TemporaryPasswordReplacedEvent;
import dev.cognitoes.user.api.TemporaryPasswordVerifiedEvent;
import dev.cognitoes.user.api.TemporaryPasswordReissuedEvent;
import dev.cognitoes.user.api.UserAttributeUnverifiedEvent;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributeVerifiedEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserConfirmedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserDeletedEvent;
import dev.cognitoes.user.api.UserDisabledEvent;
import dev.cognitoes.user.api.UserEnabledEvent;
import dev.cognitoes.user.api.UserMfaOptionsSetEvent;
import dev.cognitoes.user.api.UserSignedInEvent;
import dev.cognitoes.user.api.UserSignedOutEvent;
import dev.cognitoes.user.api.UserSignedUpEvent;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserTokensRefreshedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One user of one pool, identified by its {@code sub}. */
class User {

    static final Duration CODE_VALIDITY = Duration.ofHours(24);
    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final Duration LONGEST_REFRESH_TOKEN_VALIDITY = Duration.ofDays(3650);

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
    static final String NO_EMAIL = "User does not have a valid registered email address";
    static final String NO_PHONE_NUMBER = "User does not have a valid registered phone number";
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
    private final Map<String, AttributeCode> attributeCodes = new HashMap<>();
    private int verificationFailures;
    private Instant lastVerificationFailureAt;
    private PasswordVerifier password;
    private Instant temporaryPasswordExpiresAt;
    private int failedSignIns;
    private Instant lastFailedSignInAt;
    private Instant lockedOutUntil;
    private final LinkedHashMap<String, Long> answeredSessions = new LinkedHashMap<>();
    private Instant signedOutAt;
    private final Set<String> sessionsSinceSignOut = new HashSet<>();
    private final Map<String, Instant> revokedSessions = new HashMap<>();
    private final Map<String, RotatedRefreshToken> rotatedRefreshTokens = new HashMap<>();

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
        password = event.password();
    }

    @EventSourcingHandler
    void on(UserCreatedByAdminEvent event) {
        sub = event.sub();
        userPoolId = event.userPoolId();
        username = event.username();
        attributes = new HashMap<>(event.attributes());
        status = UserStatus.FORCE_CHANGE_PASSWORD;
        password = event.temporaryPassword();
        temporaryPasswordExpiresAt = event.temporaryPasswordExpiresAt();
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
        password = event.password();
        temporaryPasswordExpiresAt = null;
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
        password = event.password();
        temporaryPasswordExpiresAt = event.permanent() ? null : event.temporaryPasswordExpiresAt();
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
    Object handle(SignInWithPassword command, PasswordChecker passwords, Clock clock) {
        Instant now = clock.instant();
        requireSignInAllowed(now);
        if (!passwords.matches(password, userPoolId, username, command.password())) {
            return failedSignIn(command.clientId(), command.authFlow(), null, now);
        }
        return passwordProven(command.clientId(), command.authFlow(), null, command.grant(), now);
    }

    @CommandHandler
    SrpChallenge handle(BeginSrpSignIn command, SrpServer srp, Clock clock) {
        requireSignInAllowed(clock.instant());
        try {
            return srp.begin(userPoolId, username, password, command.srpA());
        } catch (InvalidSrpAException invalid) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, invalid.getMessage());
        }
    }

    @CommandHandler
    Object handle(AnswerPasswordVerifier command, SrpServer srp, Clock clock) {
        Instant now = clock.instant();
        requireUnanswered(command.sessionId());
        requireSignInAllowed(now);
        SrpVerification verification = srp.verify(userPoolId, username, password, command.response(),
                command.sessionLifetime());
        return switch (verification) {
            case VERIFIED -> passwordProven(command.clientId(), SignInFlows.USER_SRP_AUTH, command.sessionId(),
                    command.grant(), now);
            case WRONG_PASSWORD -> failedSignIn(command.clientId(), SignInFlows.USER_SRP_AUTH, command.sessionId(),
                    now);
            case EXPIRED_SECRET_BLOCK -> throw SignInErrors.expiredSession();
            case MALFORMED_TIMESTAMP -> throw new CognitoException(CognitoError.INVALID_PARAMETER,
                    SignInErrors.MALFORMED_TIMESTAMP);
            case UNKNOWN_SECRET_BLOCK, TIMESTAMP_OUT_OF_RANGE -> throw SignInErrors.incorrectCredentials();
        };
    }

    @CommandHandler
    SignedIn handle(ChooseNewPassword command, PasswordVerifierFactory verifiers, Clock clock) {
        requireUnanswered(command.sessionId());
        if (status != UserStatus.FORCE_CHANGE_PASSWORD) {
            throw SignInErrors.invalidSession();
        }
        Instant now = clock.instant();
        apply(new TemporaryPasswordReplacedEvent(sub, userPoolId, command.clientId(),
                verifiers.create(userPoolId, username, command.newPassword()), command.attributes(), now));
        return signIn(command.clientId(), command.authFlow(), command.sessionId(), command.grant(), now);
    }

    @CommandHandler
    Refreshed handle(RefreshSignIn command, Clock clock) {
        Instant now = clock.instant();
        PresentedRefreshToken token = usableRefreshToken(command.token(), command.clientId(), now);
        apply(new UserTokensRefreshedEvent(sub, userPoolId, command.clientId(), token.tokenId(),
                token.originJti(), command.eventId(), now));
        return new Refreshed(token.originJti(), token.authTime());
    }

    private void requireSignInAllowed(Instant now) {
        if (lockedOutUntil != null && now.isBefore(lockedOutUntil)) {
            throw SignInErrors.notAuthorized(SignInLockout.PASSWORD_ATTEMPTS_EXCEEDED);
        }
        if (status == UserStatus.RESET_REQUIRED) {
            throw new CognitoException(CognitoError.PASSWORD_RESET_REQUIRED, SignInErrors.RESET_REQUIRED);
        }
    }

    private void requireUnanswered(String sessionId) {
        if (answeredSessions.containsKey(sessionId)) {
            throw SignInErrors.invalidSession();
        }
    }

    private Rejected failedSignIn(String clientId, String authFlow, String sessionId, Instant now) {
        int failures = SignInLockout.failuresAt(failedSignIns, lastFailedSignInAt, now) + 1;
        Duration lockout = SignInLockout.lockoutAfter(failures);
        apply(new SignInFailedEvent(sub, userPoolId, clientId, authFlow, sessionId, failures,
                lockout.isZero() ? null : now.plus(lockout), now));
        return new Rejected(SignInErrors.incorrectCredentials());
    }

    private Object passwordProven(String clientId, String authFlow, String sessionId, SignInGrant grant,
                                  Instant now) {
        if (status == UserStatus.UNCONFIRMED) {
            throw new CognitoException(CognitoError.USER_NOT_CONFIRMED, SignInErrors.NOT_CONFIRMED);
        }
        if (status == UserStatus.FORCE_CHANGE_PASSWORD) {
            if (temporaryPasswordExpiresAt != null && !now.isBefore(temporaryPasswordExpiresAt)) {
                throw SignInErrors.notAuthorized(SignInErrors.TEMPORARY_PASSWORD_EXPIRED);
            }
            apply(new TemporaryPasswordVerifiedEvent(sub, userPoolId, clientId, authFlow, sessionId, now));
            return new NewPasswordRequired();
        }
        return signIn(clientId, authFlow, sessionId, grant, now);
    }

    private SignedIn signIn(String clientId, String authFlow, String sessionId, SignInGrant grant, Instant now) {
        apply(new UserSignedInEvent(sub, userPoolId, clientId, authFlow, sessionId, grant.originJti(),
                grant.eventId(), grant.refreshTokenId(), grant.refreshTokenExpiresAt(), now));
        return new SignedIn(now);
    }

    private void rememberAnswered(String sessionId, Instant at) {
        long forgetAnsweredBefore = at.toEpochMilli() - SrpServer.SECRET_BLOCK_LIFETIME.toMillis();
        Iterator<Long> oldestFirst = answeredSessions.values().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next() < forgetAnsweredBefore) {
            oldestFirst.remove();
        }
        if (sessionId != null) {
            answeredSessions.put(sessionId, at.toEpochMilli());
        }
    }

    @EventSourcingHandler
    void on(TemporaryPasswordReissuedEvent event) {
        password = event.temporaryPassword();
        temporaryPasswordExpiresAt = event.temporaryPasswordExpiresAt();
    }

    @EventSourcingHandler
    void on(SignInFailedEvent event) {
        failedSignIns = event.consecutiveFailures();
        lastFailedSignInAt = event.failedAt();
        lockedOutUntil = event.lockedOutUntil();
        rememberAnswered(event.answeredSessionId(), event.failedAt());
    }

    @EventSourcingHandler
    void on(TemporaryPasswordVerifiedEvent event) {
        rememberAnswered(event.answeredSessionId(), event.verifiedAt());
    }

    @EventSourcingHandler
    void on(TemporaryPasswordReplacedEvent event) {
        password = event.password();
        temporaryPasswordExpiresAt = null;
        status = UserStatus.CONFIRMED;
        attributes.putAll(event.attributes());
    }

    @EventSourcingHandler
    void on(UserSignedInEvent event) {
        failedSignIns = 0;
        lastFailedSignInAt = null;
        lockedOutUntil = null;
        rememberAnswered(event.answeredSessionId(), event.signedInAt());
        if (signedOutAt != null && !event.signedInAt().isAfter(signedOutAt)) {
            sessionsSinceSignOut.add(event.originJti());
        }
        forgetExpiredRefreshTokenIds(event.signedInAt());
    }

    @CommandHandler
    void handle(SignOutEverywhere command, Clock clock) {
        apply(new UserSignedOutEvent(sub, userPoolId, command.byAdministrator(), clock.instant()));
    }

    @CommandHandler
    void handle(RevokeRefreshToken command, Clock clock) {
        Instant now = clock.instant();
        PresentedRefreshToken token = command.token();
        if (revoked(token) || rotatedAway(token, now) || !now.isBefore(token.expiresAt())) {
            return;
        }
        if (!token.clientId().equals(command.clientId())) {
            throw new CognitoException(CognitoError.UNAUTHORIZED, SignInErrors.TOKEN_OF_ANOTHER_CLIENT);
        }
        apply(new RefreshTokenRevokedEvent(sub, userPoolId, command.clientId(), token.tokenId(),
                token.originJti(), now));
    }

    @CommandHandler
    Refreshed handle(RotateRefreshToken command, Clock clock) {
        Instant now = clock.instant();
        PresentedRefreshToken token = usableRefreshToken(command.token(), command.clientId(), now);
        RotatedRefreshToken earlier = rotatedRefreshTokens.get(token.tokenId());
        Instant validUntil = earlier != null ? earlier.validUntil() : now.plus(command.gracePeriod());
        apply(new RefreshTokenRotatedEvent(sub, userPoolId, command.clientId(), token.tokenId(),
                validUntil, command.newRefreshTokenId(), command.newRefreshTokenExpiresAt(),
                token.originJti(), command.eventId(), now));
        return new Refreshed(token.originJti(), token.authTime());
    }

    /** @return the refusal whose events must be stored, or {@code null} when the password was changed */
    @CommandHandler
    Rejected handle(ChangePassword command, PasswordChecker passwords, PasswordVerifierFactory verifiers,
                    Clock clock) {
        Instant now = clock.instant();
        if (lockedOutUntil != null && now.isBefore(lockedOutUntil)) {
            throw new CognitoException(CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
        }
        if (status == UserStatus.RESET_REQUIRED) {
            throw new CognitoException(CognitoError.PASSWORD_RESET_REQUIRED, SignInErrors.RESET_REQUIRED);
        }
        if (!passwords.matches(password, userPoolId, username, command.previousPassword())) {
            int failures = SignInLockout.failuresAt(failedSignIns, lastFailedSignInAt, now) + 1;
            Duration lockout = SignInLockout.lockoutAfter(failures);
            apply(new PasswordChangeFailedEvent(sub, userPoolId, command.clientId(), failures,
                    lockout.isZero() ? null : now.plus(lockout), now));
            return new Rejected(SignInErrors.incorrectCredentials());
        }
        apply(new PasswordChangedEvent(sub, userPoolId, command.clientId(),
                verifiers.create(userPoolId, username, command.proposedPassword()), now));
        return null;
    }

    private PresentedRefreshToken usableRefreshToken(PresentedRefreshToken token, String clientId, Instant now) {
        if (revoked(token)) {
            throw SignInErrors.notAuthorized(SignInErrors.REVOKED_REFRESH_TOKEN);
        }
        if (rotatedAway(token, now)) {
            throw new CognitoException(CognitoError.REFRESH_TOKEN_REUSE, SignInErrors.INVALID_REFRESH_TOKEN);
        }
        if (!token.clientId().equals(clientId)) {
            throw SignInErrors.notAuthorized(SignInErrors.INVALID_REFRESH_TOKEN);
        }
        if (!now.isBefore(token.expiresAt())) {
            throw SignInErrors.notAuthorized(SignInErrors.EXPIRED_REFRESH_TOKEN);
        }
        return token;
    }

    private boolean revoked(PresentedRefreshToken token) {
        if (revokedSessions.containsKey(token.originJti())) {
            return true;
        }
        return signedOutAt != null && !token.issuedAt().isAfter(signedOutAt)
                && !sessionsSinceSignOut.contains(token.originJti());
    }

    private boolean rotatedAway(PresentedRefreshToken token, Instant now) {
        RotatedRefreshToken rotated = rotatedRefreshTokens.get(token.tokenId());
        return rotated != null && !now.isBefore(rotated.validUntil());
    }

    private void forgetExpiredRefreshTokenIds(Instant now) {
        revokedSessions.values().removeIf(forgetAt -> !forgetAt.isAfter(now));
        rotatedRefreshTokens.values().removeIf(rotated -> !rotated.forgetAt().isAfter(now));
    }

    @EventSourcingHandler
    void on(UserSignedOutEvent event) {
        signedOutAt = event.signedOutAt();
        sessionsSinceSignOut.clear();
        forgetExpiredRefreshTokenIds(event.signedOutAt());
    }

    @EventSourcingHandler
    void on(RefreshTokenRevokedEvent event) {
        revokedSessions.put(event.originJti(), event.revokedAt().plus(LONGEST_REFRESH_TOKEN_VALIDITY));
        forgetExpiredRefreshTokenIds(event.revokedAt());
    }

    @EventSourcingHandler
    void on(RefreshTokenRotatedEvent event) {
        RotatedRefreshToken earlier = rotatedRefreshTokens.get(event.previousRefreshTokenId());
        Instant forgetAt = earlier != null && earlier.forgetAt().isAfter(event.refreshTokenExpiresAt())
                ? earlier.forgetAt() : event.refreshTokenExpiresAt();
        rotatedRefreshTokens.put(event.previousRefreshTokenId(),
                new RotatedRefreshToken(event.previousValidUntil(), forgetAt));
        forgetExpiredRefreshTokenIds(event.rotatedAt());
    }

    @EventSourcingHandler
    void on(PasswordChangedEvent event) {
        password = event.password();
        failedSignIns = 0;
        lastFailedSignInAt = null;
        lockedOutUntil = null;
    }

    @EventSourcingHandler
    void on(PasswordChangeFailedEvent event) {
        failedSignIns = event.consecutiveFailures();
        lastFailedSignInAt = event.failedAt();
        lockedOutUntil = event.lockedOutUntil();
    }

    /**
     * A refresh token exchanged for a new one: valid until the grace period ends, remembered until the token it
     * was exchanged for expires.
     */
    private record RotatedRefreshToken(Instant validUntil, Instant forgetAt) {
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
    VerificationMessage handle(SendAttributeVerificationCode command, CodeHasher hasher, Clock clock) {
        String attribute = command.attributeName();
        String destination = pendingAttributes.getOrDefault(attribute, attributes.get(attribute));
        if (destination == null || destination.isEmpty()) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER,
                    attribute.equals(SignInNames.EMAIL) ? NO_EMAIL : NO_PHONE_NUMBER);
        }
        DeliveryMedium medium = attribute.equals(SignInNames.EMAIL) ? DeliveryMedium.EMAIL : DeliveryMedium.SMS;
        Instant now = clock.instant();
        apply(new AttributeVerificationCodeSentEvent(sub, userPoolId, hasher.hash(command.code()), medium, attribute,
                destination, now, now.plus(CODE_VALIDITY)));
        return new VerificationMessage(attribute, medium, destination, command.code());
    }

    /** @return the refusal whose events must be stored, or the sign-in attributes before and after */
    @CommandHandler
    Object handle(VerifyAttribute command, CodeHasher hasher, Clock clock) {
        Instant now = clock.instant();
        String attribute = command.attributeName();
        int failures = lastVerificationFailureAt != null && now.isBefore(lastVerificationFailureAt.plus(LOCKOUT))
                ? verificationFailures : 0;
        if (failures >= FAILURES_BEFORE_LOCKOUT) {
            throw new CognitoException(CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
        }
        boolean pending = pendingAttributes.containsKey(attribute);
        String value = pending ? pendingAttributes.get(attribute) : attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER,
                    "Unable to verify attribute: " + attribute + " no value set to verify");
        }
        AttributeCode sent = attributeCodes.get(attribute);
        if (sent == null || !now.isBefore(sent.expiresAt()) || !sent.destination().equals(value)) {
            throw new CognitoException(CognitoError.EXPIRED_CODE, EXPIRED_CODE);
        }
        if (!hasher.matches(sent.codeHash(), command.code())) {
            apply(new AttributeVerificationAttemptFailedEvent(sub, userPoolId, attribute, failures + 1, now));
            return new Rejected(new CognitoException(CognitoError.CODE_MISMATCH, CODE_MISMATCH));
        }
        Map<String, String> before = signInAttributes();
        apply(new UserAttributeVerifiedEvent(sub, userPoolId, attribute, value, pending, now));
        return new AttributesChanged(username, before, signInAttributes(), List.of());
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
    void on(AttributeVerificationCodeSentEvent event) {
        attributeCodes.put(event.attributeName(), new AttributeCode(event.codeHash(), event.destination(),
                event.expiresAt()));
    }

    @EventSourcingHandler
    void on(AttributeVerificationAttemptFailedEvent event) {
        verificationFailures = event.consecutiveFailures();
        lastVerificationFailureAt = event.failedAt();
    }

    @EventSourcingHandler
    void on(UserAttributeVerifiedEvent event) {
        attributes.put(event.attributeName(), event.value());
        attributes.put(event.attributeName() + "_verified", "true");
        pendingAttributes.remove(event.attributeName());
        attributeCodes.remove(event.attributeName());
        verificationFailures = 0;
        lastVerificationFailureAt = null;
    }

    /** A code sent to verify an attribute: its hash, the value it went to, and when it stops working. */
    private record AttributeCode(CodeHash codeHash, String destination, Instant expiresAt) {
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
