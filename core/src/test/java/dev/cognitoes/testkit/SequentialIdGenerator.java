package dev.cognitoes.testkit;

import dev.cognitoes.shared.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Identifiers in Cognito's formats, numbered in the order they are drawn, so tests can predict them. */
public final class SequentialIdGenerator implements IdGenerator {

    private final AtomicInteger pools = new AtomicInteger();
    private final AtomicInteger clients = new AtomicInteger();
    private final AtomicInteger secrets = new AtomicInteger();
    private final AtomicInteger subs = new AtomicInteger();

    /** The pool suffix of the {@code n}th pool drawn, counting from 1. */
    public static String poolSuffix(int n) {
        return String.format("Pool%05d", n);
    }

    /** The id of the {@code n}th client drawn, counting from 1. */
    public static String clientId(int n) {
        return String.format("client%020d", n);
    }

    /** The secret of the {@code n}th secret drawn, counting from 1. */
    public static String clientSecret(int n) {
        return String.format("secret%045d", n);
    }

    @Override
    public String userPoolIdSuffix() {
        return poolSuffix(pools.incrementAndGet());
    }

    @Override
    public String appClientId() {
        return clientId(clients.incrementAndGet());
    }

    @Override
    public String appClientSecret() {
        return clientSecret(secrets.incrementAndGet());
    }

    @Override
    public UUID sub() {
        return new UUID(0, subs.incrementAndGet());
    }
}
