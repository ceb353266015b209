package dev.cognitoes.persistence.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something that happens in another thread or process; fails with a description when it never does. */
final class Await {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Await() {
    }

    static void until(BooleanSupplier condition, Supplier<String> whatWasExpected) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never happened: " + whatWasExpected.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + whatWasExpected.get());
            }
        }
    }

    /** Until {@code publisher} has published the whole event log. */
    static void caughtUp(KafkaEventLogPublisher publisher) {
        until(() -> {
            PublisherStatus status = publisher.status();
            return status.connected() && status.behind() == 0 && status.lastCommitAt() != null;
        }, () -> "the publisher catches up, status " + publisher.status());
    }
}
