package dev.cognitoes.delivery;

/**
 * The port through which codes and invitations leave cognito-es: an email or SMS gateway in production, the
 * {@link InMemoryOutbox} by default. Called once per message, after the events that caused it are stored.
 */
public interface CodeDelivery {

    /**
     * Hands one message over for delivery. Implementations must not log the code.
     *
     * @throws RuntimeException when the message cannot be handed over; the change that caused it stays stored
     */
    void deliver(OutboundMessage message);
}
