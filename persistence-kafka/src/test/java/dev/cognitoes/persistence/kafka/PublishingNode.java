package dev.cognitoes.persistence.kafka;

import dev.cognitoes.persistence.jdbc.JdbcStorageModule;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A cognito-es node on an H2 database that publishes its event log, run in a child JVM by {@link PublisherCrashTest}.
 * {@code sign-up-and-stall <db> <bootstrap> <prefix> <users> <stallAfterSends>}: signs {@code users} up, then
 * publishes in batches of 10 and, after that many events were sent, flushes them to the broker inside the open
 * transaction, prints {@value #STALLED} and waits to be killed. {@code publish <db> <bootstrap> <prefix>}: publishes
 * until caught up, prints {@value #CAUGHT_UP} and exits.
 */
public final class PublishingNode {

    static final String STALLED = "STALLED-MID-TRANSACTION";
    static final String CAUGHT_UP = "CAUGHT-UP";

    private PublishingNode() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        JdbcStorageModule storage = JdbcStorageModule.forH2(Path.of(args[1])).build();
        try (Scenario node = new Scenario(storage)) {
            KafkaEventLogPublisher.Builder publisher = KafkaEventLogPublisher.builder().runtime(node.runtime)
                    .bootstrapServers(args[2]).topics(new EventTopics(args[3])).partitions(3).maxBatchSize(10);
            if (mode.equals("sign-up-and-stall")) {
                node.withPool("shop");
                for (int i = 0; i < Integer.parseInt(args[4]); i++) {
                    node.signUp("user" + i);
                }
                int stallAfter = Integer.parseInt(args[5]);
                publisher.producerFactory(settings -> new StallingProducer(settings, args[3] + ".events",
                        stallAfter));
                publisher.build().start();
                Thread.sleep(Long.MAX_VALUE);
            }
            try (KafkaEventLogPublisher running = publisher.build()) {
                running.start();
                Await.caughtUp(running);
                System.out.println(CAUGHT_UP + " " + running.status().publishedEvents());
            }
        }
    }

    /** A producer that, after a number of events, makes them reach the broker and then never commits. */
    private static final class StallingProducer extends KafkaProducer<String, byte[]> {
        private final String eventsTopic;
        private final int stallAfter;
        private final AtomicInteger sent = new AtomicInteger();

        StallingProducer(Map<String, Object> settings, String eventsTopic, int stallAfter) {
            super(settings);
            this.eventsTopic = eventsTopic;
            this.stallAfter = stallAfter;
        }

        @Override
        public java.util.concurrent.Future<RecordMetadata> send(ProducerRecord<String, byte[]> record,
                                                                Callback callback) {
            java.util.concurrent.Future<RecordMetadata> result = super.send(record, callback);
            if (record.topic().equals(eventsTopic) && sent.incrementAndGet() == stallAfter) {
                flush();
                System.out.println(STALLED);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        }
    }
}
