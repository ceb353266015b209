package dev.cognitoes.user;

import java.time.Duration;
import java.time.Instant;

/**
 * Cognito's protection against guessing passwords: the first five failed sign-ins cost nothing; from the fifth
 * on, the user is locked out for {@code 2^(n-5)} seconds after the {@code n}-th consecutive failure, at most 15
 * minutes. Attempts during a lockout are refused, even with the right password, and do not count. The count starts
 * again after a successful sign-in, or once 15 minutes have passed since the last failure.
 */
final class SignInLockout {

    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(15);
    static final String PASSWORD_ATTEMPTS_EXCEEDED = "Password attempts exceeded";

    private SignInLockout() {
    }

    /** How long the user is locked out after the {@code failures}-th consecutive failure. */
    static Duration lockoutAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration lockout = Duration.ofSeconds(1L << doublings);
        return lockout.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : lockout;
    }

    /** The consecutive failures that still count at {@code now}, given the last one. */
    static int failuresAt(int failures, Instant lastFailureAt, Instant now) {
        return lastFailureAt != null && now.isBefore(lastFailureAt.plus(FORGOTTEN_AFTER)) ? failures : 0;
    }
}
