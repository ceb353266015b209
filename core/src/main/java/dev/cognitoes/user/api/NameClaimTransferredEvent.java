package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A verified alias moved from one user to another ({@code ForceAliasCreation}). */
@Revision("1")
public record NameClaimTransferredEvent(String claimId, String userPoolId, NameKind kind, String normalizedName,
                                        String fromSub, String toSub, Instant transferredAt) implements UserEvent {
}
