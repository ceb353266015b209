package dev.cognitoes.persistence.kafka.projection;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a user's sign-up history.
 *
 * @param at          when the event was stored
 * @param step        what happened
 * @param eventType   the event's type without its package, e.g. {@code UserConfirmedEvent}
 * @param statusAfter the user's status after the step, as Cognito names it ({@code UNCONFIRMED},
 *                    {@code CONFIRMED}, {@code FORCE_CHANGE_PASSWORD}, {@code RESET_REQUIRED}), or {@code null}
 *                    once the user is deleted
 */
public record HistoryEntry(Instant at, LifecycleStep step, String eventType, String statusAfter) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(eventType, "eventType");
    }
}
