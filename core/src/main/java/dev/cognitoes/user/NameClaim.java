package dev.cognitoes.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.UserCommands.ClaimName;
import dev.cognitoes.user.UserCommands.ReleaseName;
import dev.cognitoes.user.api.NameClaimTransferredEvent;
import dev.cognitoes.user.api.NameClaimedEvent;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.NameReleasedEvent;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One name of one pool (a username, or an email address or phone number used as username or verified alias) and
 * the user holding it. Its first event is stored at sequence 0, which the event log grants once: two concurrent
 * first claims cannot both succeed, and the loser, retried, finds the name taken.
 */
class NameClaim {

    @AggregateIdentifier
    private String claimId;
    private String userPoolId;
    private NameKind kind;
    private String normalizedName;
    private String holder;

    NameClaim() {
    }

    static String claimId(String userPoolId, NameKind kind, String normalizedName) {
        return userPoolId + "/" + kind.attributeName() + "/" + normalizedName;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimName command, Clock clock) {
        if (holder == null) {
            apply(new NameClaimedEvent(command.claimId(), command.userPoolId(), command.kind(),
                    command.normalizedName(), command.sub(), clock.instant()));
        } else if (!holder.equals(command.sub())) {
            if (!command.force()) {
                throw new CognitoException(command.conflictError(), command.conflictMessage());
            }
            apply(new NameClaimTransferredEvent(claimId, userPoolId, kind, normalizedName, holder, command.sub(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(ReleaseName command, Clock clock) {
        if (command.sub().equals(holder)) {
            apply(new NameReleasedEvent(claimId, userPoolId, kind, normalizedName, holder, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(NameClaimedEvent event) {
        claimId = event.claimId();
        userPoolId = event.userPoolId();
        kind = event.kind();
        normalizedName = event.normalizedName();
        holder = event.sub();
    }

    @EventSourcingHandler
    void on(NameClaimTransferredEvent event) {
        holder = event.toSub();
    }

    @EventSourcingHandler
    void on(NameReleasedEvent event) {
        holder = null;
    }
}
