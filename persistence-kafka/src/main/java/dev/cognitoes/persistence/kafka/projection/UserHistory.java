package dev.cognitoes.persistence.kafka.projection;

import java.util.List;
import java.util.Objects;

/**
 * A user's sign-up history up to some instant.
 *
 * @param userPoolId the user's pool
 * @param sub        the user's immutable id
 * @param username   the username the user was created with
 * @param entries    the steps, oldest first
 */
public record UserHistory(String userPoolId, String sub, String username, List<HistoryEntry> entries) {
    public UserHistory {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(sub, "sub");
        entries = List.copyOf(entries);
    }

    /** The status after the last step, or {@code null} when the user is deleted. */
    public String status() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).statusAfter();
    }

    /** Whether the user is deleted. */
    public boolean deleted() {
        return !entries.isEmpty() && entries.get(entries.size() - 1).step() == LifecycleStep.DELETED;
    }
}
