package dev.cognitoes.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link CodeDelivery}: sends nothing, keeps the most recent messages in memory for development and
 * tests, and logs one line per message with the destination masked and without the code.
 */
public final class InMemoryOutbox implements CodeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryOutbox.class);
    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Deque<OutboundMessage> messages = new ArrayDeque<>();

    public InMemoryOutbox() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity how many messages are kept; the oldest are dropped first */
    public InMemoryOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void deliver(OutboundMessage message) {
        if (messages.size() == capacity) {
            messages.removeFirst();
        }
        messages.addLast(message);
        LOG.info("{} message for user {} in pool {} to {} by {}", message.kind(), message.username(),
                message.userPoolId(), DestinationMask.mask(message.medium(), message.destination()),
                message.medium());
    }

    /** The messages kept for one user, oldest first. The username is compared exactly. */
    public synchronized List<OutboundMessage> messagesFor(String userPoolId, String username) {
        return messages.stream()
                .filter(m -> m.userPoolId().equals(userPoolId) && m.username().equals(username))
                .toList();
    }
}
