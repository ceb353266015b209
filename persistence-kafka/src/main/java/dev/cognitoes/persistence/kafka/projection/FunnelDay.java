package dev.cognitoes.persistence.kafka.projection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One pool's sign-up funnel on one day (UTC).
 *
 * @param signUps       users who signed up that day ({@code UserSignedUpEvent}; users created by an administrator
 *                      are not sign-ups)
 * @param confirmations users confirmed that day ({@code UserConfirmedEvent})
 * @param firstSignIns  users who signed in for the first time that day ({@code UserSignedInEvent})
 */
public record FunnelDay(String userPoolId, LocalDate day, long signUps, long confirmations, long firstSignIns) {
    public FunnelDay {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(day, "day");
    }
}
