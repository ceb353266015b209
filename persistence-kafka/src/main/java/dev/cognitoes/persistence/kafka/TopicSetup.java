package dev.cognitoes.persistence.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of an event log when they are missing. The events topic keeps every record forever (the log
 * is replayed from its start) and is partitioned by aggregate; the positions topic is compacted and has a single
 * partition. Replication is three where the cluster has three brokers or more, with two in-sync replicas needed
 * for a write; on smaller clusters, as many as there are brokers. Existing topics are left as they are.
 */
final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final long TIMEOUT_SECONDS = 30;

    private TopicSetup() {
    }

    static void ensureTopics(Admin admin, EventTopics topics, int partitions) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
            short replication = (short) Math.max(1, Math.min(3, brokers));
            String minInSync = Integer.toString(Math.min(2, replication));
            if (!existing.contains(topics.events())) {
                create(admin, new NewTopic(topics.events(), partitions, replication).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync,
                        TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime")));
            }
            if (!existing.contains(topics.positions())) {
                create(admin, new NewTopic(topics.positions(), 1, replication).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the topics " + topics.events() + " and "
                    + topics.positions() + ": " + e.getMessage(), e);
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException, ExecutionException,
            TimeoutException {
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("Created Kafka topic {} ({} partitions, replication {})", topic.name(), topic.numPartitions(),
                    topic.replicationFactor());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
