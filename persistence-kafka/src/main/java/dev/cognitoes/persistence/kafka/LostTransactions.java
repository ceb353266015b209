package dev.cognitoes.persistence.kafka;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts the publisher's transactions that are still open on its partitions although their transaction coordinator
 * considers them complete: no coordinator will ever write their markers, so they hold every {@code read_committed}
 * reader (the publisher's own position read included) at their first offset for good, and neither a new producer's
 * {@code initTransactions()} nor {@code transaction.timeout.ms} ends them.
 *
 * <p>A broker leaves such a transaction when it completes one while a partition of it has no leader, for instance
 * while the only in-sync replica of that partition is in controlled shutdown: the coordinator takes a partition
 * without a leader for a deleted one, skips its marker and still records the transaction as complete.
 *
 * <p>Checked right after the publisher's producer has initialised, so the coordinator has completed every transaction
 * of the publisher's {@code transactional.id}; an open transaction of that producer id with an older epoch is then
 * lost. The lost transaction that holds the position record is aborted on the positions partition and on every
 * events partition where it is open: its events and its position disappear together from what {@code read_committed}
 * readers see, and the publisher publishes them again from the position before. Lost transactions without the
 * position record are left alone and logged, since the position may already count their events as published.
 */
final class LostTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(LostTransactions.class);
    private static final Set<TransactionState> COMPLETED = EnumSet.of(TransactionState.EMPTY,
            TransactionState.COMPLETE_COMMIT, TransactionState.COMPLETE_ABORT);

    private LostTransactions() {
    }

    /**
     * Aborts the lost transaction holding the position record of {@code transactionalId}, if there is one, and
     * returns what was aborted. Without the rights to describe producers or abort transactions, or on a broker
     * older than 2.8, logs what an operator can do and returns nothing.
     *
     * @param eventsPartitions the events topic's partitions
     */
    static List<AbortTransactionSpec> abort(Admin admin, String transactionalId, TopicPartition positions,
                                            List<TopicPartition> eventsPartitions, long timeoutSeconds) {
        try {
            TransactionDescription ours = admin.describeTransactions(List.of(transactionalId))
                    .description(transactionalId).get(timeoutSeconds, TimeUnit.SECONDS);
            if (!COMPLETED.contains(ours.state())) {
                return List.of();
            }
            List<TopicPartition> partitions = new ArrayList<>(eventsPartitions);
            partitions.add(positions);
            Map<TopicPartition, PartitionProducerState> producers = admin.describeProducers(partitions).all()
                    .get(timeoutSeconds, TimeUnit.SECONDS);
            Optional<ProducerState> lostPosition = lost(producers.get(positions), ours).findFirst();
            if (lostPosition.isEmpty()) {
                warnAboutOthers(producers, ours, transactionalId);
                return List.of();
            }
            int lostEpoch = lostPosition.get().producerEpoch();
            List<AbortTransactionSpec> aborted = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                lost(producers.get(partition), ours).filter(state -> state.producerEpoch() == lostEpoch)
                        .forEach(state -> aborted.add(new AbortTransactionSpec(partition, state.producerId(),
                                (short) state.producerEpoch(), state.coordinatorEpoch().orElse(0))));
            }
            for (AbortTransactionSpec spec : aborted) {
                admin.abortTransaction(spec).all().get(timeoutSeconds, TimeUnit.SECONDS);
            }
            return aborted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthorizationException || cause instanceof UnsupportedVersionException) {
                LOG.warn("Cannot look for transactions of '{}' that the transaction coordinator lost ({}): one such "
                        + "transaction holds read_committed readers back until an operator aborts it "
                        + "(kafka-transactions.sh find-hanging, then abort)", transactionalId,
                        cause.getMessage());
                return List.of();
            }
            throw new IllegalStateException("could not look for lost transactions of '" + transactionalId + "': "
                    + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not look for lost transactions of '" + transactionalId
                    + "' in " + timeoutSeconds + " s", e);
        }
    }

    private static Stream<ProducerState> lost(PartitionProducerState partition,
                                                               TransactionDescription ours) {
        return partition == null ? Stream.empty() : partition.activeProducers().stream()
                .filter(state -> state.producerId() == ours.producerId()
                        && state.producerEpoch() < ours.producerEpoch()
                        && state.currentTransactionStartOffset().isPresent());
    }

    private static void warnAboutOthers(Map<TopicPartition, PartitionProducerState> producers,
                                        TransactionDescription ours, String transactionalId) {
        producers.forEach((partition, state) -> lost(state, ours).forEach(open -> LOG.warn(
                "A transaction of '{}' (producer id {}, epoch {}) is open on {} from offset {} although its "
                        + "coordinator completed it; it holds read_committed readers of that partition back until "
                        + "a later transaction of the publisher there ends it, or an operator aborts it",
                transactionalId, open.producerId(), open.producerEpoch(), partition,
                open.currentTransactionStartOffset().getAsLong())));
    }
}
