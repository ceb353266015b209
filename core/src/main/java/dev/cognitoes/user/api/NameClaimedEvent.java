package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user now holds a name in the pool; no other user of the pool can hold it until it is released.
 *
 * @param claimId         the claim's aggregate id: {@code <userPoolId>/<kind>/<normalizedName>}
 * @param normalizedName  the name as compared: lower case (Locale.ROOT) in case-insensitive pools
 * @param sub             the user holding it
 */
@Revision("1")
public record NameClaimedEvent(String claimId, String userPoolId, NameKind kind, String normalizedName, String sub,
                               Instant claimedAt) implements UserEvent {
}
