package dev.cognitoes.user;

import dev.cognitoes.spi.UserStore;
import dev.cognitoes.user.api.NameClaimTransferredEvent;
import dev.cognitoes.user.api.NameClaimedEvent;
import dev.cognitoes.user.api.NameReleasedEvent;
import dev.cognitoes.user.api.PasswordChangedEvent;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordResetRequiredEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import dev.cognitoes.user.api.RefreshTokenRevokedEvent;
import dev.cognitoes.user.api.TemporaryPasswordReissuedEvent;
import dev.cognitoes.user.api.TemporaryPasswordReplacedEvent;
import dev.cognitoes.user.api.TokenRevocations;
import dev.cognitoes.user.api.UserAttributeUnverifiedEvent;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributeVerifiedEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserConfirmedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserDeletedEvent;
import dev.cognitoes.user.api.UserSignedInEvent;
import dev.cognitoes.user.api.UserSignedOutEvent;
import dev.cognitoes.user.api.UserDisabledEvent;
import dev.cognitoes.user.api.UserEnabledEvent;
import dev.cognitoes.user.api.UserMfaOptionsSetEvent;
import dev.cognitoes.user.api.UserSignedUpEvent;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.UserPoolDeletedEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventHandler;

/** Keeps the {@link UserStore} in step with the user feature's events; a deleted pool takes its users along. */
final class UserProjection {

    private final UserStore store;

    UserProjection(UserStore store) {
        this.store = store;
    }

    /** The attributes as views show them: {@code sub} first, then the others by name. */
    static Map<String, String> withSub(String sub, Map<String, String> attributes) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("sub", sub);
        shown.putAll(new TreeMap<>(attributes));
        return shown;
    }

    @EventHandler
    void on(UserSignedUpEvent event) {
        store.save(new UserView(event.userPoolId(), event.username(), event.sub(),
                withSub(event.sub(), event.attributes()), UserStatus.UNCONFIRMED, true, event.signedUpAt(),
                event.signedUpAt()));
    }

    @EventHandler
    void on(UserCreatedByAdminEvent event) {
        store.save(new UserView(event.userPoolId(), event.username(), event.sub(),
                withSub(event.sub(), event.attributes()), UserStatus.FORCE_CHANGE_PASSWORD, true, event.createdAt(),
                event.createdAt()));
    }

    @EventHandler
    void on(UserConfirmedEvent event) {
        update(event.userPoolId(), event.sub(), event.confirmedAt(), user -> {
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            if (event.verifiedAttribute() != null) {
                attributes.put(event.verifiedAttribute() + "_verified", "true");
            }
            return user.withAttributes(attributes, user.pendingAttributes(), event.confirmedAt())
                    .withStatus(UserStatus.CONFIRMED, event.confirmedAt());
        });
    }

    @EventHandler
    void on(UserAttributeUnverifiedEvent event) {
        update(event.userPoolId(), event.sub(), event.unverifiedAt(), user -> {
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            attributes.put(event.attributeName() + "_verified", "false");
            return user.withAttributes(attributes, user.pendingAttributes(), event.unverifiedAt());
        });
    }

    @EventHandler
    void on(TemporaryPasswordReissuedEvent event) {
        update(event.userPoolId(), event.sub(), event.reissuedAt(), user -> user);
    }

    @EventHandler
    void on(PasswordResetEvent event) {
        update(event.userPoolId(), event.sub(), event.resetAt(), user -> user.withStatus(UserStatus.CONFIRMED, event.resetAt()));
    }

    @EventHandler
    void on(PasswordResetRequiredEvent event) {
        update(event.userPoolId(), event.sub(), event.requiredAt(),
                user -> user.withStatus(UserStatus.RESET_REQUIRED, event.requiredAt()));
    }

    @EventHandler
    void on(PasswordSetByAdministratorEvent event) {
        update(event.userPoolId(), event.sub(), event.setAt(), user -> user.withStatus(
                event.permanent() ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD, event.setAt()));
    }

    @EventHandler
    void on(TemporaryPasswordReplacedEvent event) {
        update(event.userPoolId(), event.sub(), event.replacedAt(), user -> {
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            attributes.remove("sub");
            attributes.putAll(event.attributes());
            return user.withAttributes(withSub(user.sub(), attributes), user.pendingAttributes(), event.replacedAt())
                    .withStatus(UserStatus.CONFIRMED, event.replacedAt());
        });
    }

    @EventHandler
    void on(UserDeletedEvent event) {
        store.delete(event.userPoolId(), event.sub());
    }

    @EventHandler
    void on(UserPoolDeletedEvent event) {
        store.deletePool(event.userPoolId());
    }

    @EventHandler
    void on(NameClaimedEvent event) {
        store.putName(event.userPoolId(), event.kind(), event.normalizedName(), event.sub());
    }

    @EventHandler
    void on(NameClaimTransferredEvent event) {
        store.putName(event.userPoolId(), event.kind(), event.normalizedName(), event.toSub());
    }

    @EventHandler
    void on(NameReleasedEvent event) {
        store.removeName(event.userPoolId(), event.kind(), event.normalizedName());
    }

    @EventHandler
    void on(UserAttributesChangedEvent event) {
        update(event.userPoolId(), event.sub(), event.changedAt(), user -> {
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            attributes.remove("sub");
            attributes.putAll(event.updated());
            event.deleted().forEach(attributes::remove);
            Map<String, String> pending = new LinkedHashMap<>(user.pendingAttributes());
            event.updated().keySet().forEach(pending::remove);
            event.deleted().forEach(pending::remove);
            return user.withAttributes(withSub(user.sub(), attributes), pending, event.changedAt());
        });
    }

    @EventHandler
    void on(UserAttributeUpdatePendingEvent event) {
        update(event.userPoolId(), event.sub(), event.requestedAt(), user -> {
            Map<String, String> pending = new LinkedHashMap<>(user.pendingAttributes());
            pending.put(event.attributeName(), event.pendingValue());
            return user.withAttributes(user.attributes(), pending, event.requestedAt());
        });
    }

    @EventHandler
    void on(UserAttributeVerifiedEvent event) {
        update(event.userPoolId(), event.sub(), event.verifiedAt(), user -> {
            Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
            attributes.remove("sub");
            attributes.put(event.attributeName(), event.value());
            attributes.put(event.attributeName() + "_verified", "true");
            Map<String, String> pending = new LinkedHashMap<>(user.pendingAttributes());
            pending.remove(event.attributeName());
            return user.withAttributes(withSub(user.sub(), attributes), pending, event.verifiedAt());
        });
    }

    @EventHandler
    void on(UserDisabledEvent event) {
        update(event.userPoolId(), event.sub(), event.disabledAt(), user -> user.withEnabled(false,
                event.disabledAt()));
    }

    @EventHandler
    void on(UserEnabledEvent event) {
        update(event.userPoolId(), event.sub(), event.enabledAt(), user -> user.withEnabled(true,
                event.enabledAt()));
    }

    @EventHandler
    void on(UserMfaOptionsSetEvent event) {
        update(event.userPoolId(), event.sub(), event.setAt(), user -> user.withMfaOptions(event.mfaOptions(),
                event.setAt()));
    }

    private void update(String userPoolId, String sub, Instant at, UnaryOperator<UserView> change) {
        store.findBySub(userPoolId, sub).ifPresent(stored -> store.save(change.apply(stored).modifiedAt(at)));
    }

    @EventHandler
    void on(PasswordChangedEvent event) {
        update(event.userPoolId(), event.sub(), event.changedAt(), user -> user);
    }

    @EventHandler
    void on(UserSignedOutEvent event) {
        revise(event.userPoolId(), event.sub(), revocations -> revocations.signedOut(event.signedOutAt()));
    }

    @EventHandler
    void on(RefreshTokenRevokedEvent event) {
        revise(event.userPoolId(), event.sub(),
                revocations -> revocations.sessionRevoked(event.originJti(), event.revokedAt()));
    }

    @EventHandler
    void on(UserSignedInEvent event) {
        revise(event.userPoolId(), event.sub(),
                revocations -> revocations.sessionBegan(event.originJti(), event.signedInAt()));
    }

    private void revise(String userPoolId, String sub, UnaryOperator<TokenRevocations> change) {
        store.findBySub(userPoolId, sub).ifPresent(user -> {
            TokenRevocations revised = change.apply(user.revocations());
            if (!revised.equals(user.revocations())) {
                store.save(user.withRevocations(revised));
            }
        });
    }
}
