package dev.cognitoes.persistence.kafka;

import java.time.Instant;

/**
 * How a {@link KafkaEventLogPublisher} is doing, for health checks and metrics.
 *
 * @param publishedEvents events this publisher committed to Kafka since it started
 * @param behind          events of the log not yet published: the distance from the published position to the
 *                        log's head (gaps from rolled-back transactions included, so an estimate on PostgreSQL)
 * @param connected       whether the last attempt to publish or connect succeeded
 * @param lastFailure     what went wrong last, without secrets, or {@code null} when nothing failed since the last
 *                        success
 * @param lastCommitAt    when the last Kafka transaction committed, or {@code null} before the first
 */
public record PublisherStatus(long publishedEvents, long behind, boolean connected, String lastFailure,
                              Instant lastCommitAt) {
}
