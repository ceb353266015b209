package dev.cognitoes.user;

import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.IdGenerator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable ids for tests: pool suffixes and client ids as the test names them before each creation, subs
 * (…0001, …0002, …) and codes (a queue, then 100001, 100002, …).
 */
final class TestIds implements IdGenerator, CodeGenerator {

    private final AtomicLong subs = new AtomicLong();
    private final AtomicLong codes = new AtomicLong(100_000);
    private final Deque<String> nextCodes = new ArrayDeque<>();
    private final Deque<String> nextPoolSuffixes = new ArrayDeque<>();
    private final Deque<String> nextClientIds = new ArrayDeque<>();

    static String sub(long n) {
        return new UUID(0, n).toString();
    }

    synchronized void nextCodes(String... values) {
        for (String value : values) {
            nextCodes.addLast(value);
        }
    }

    synchronized void nextUserPoolIdSuffix(String suffix) {
        nextPoolSuffixes.addLast(suffix);
    }

    synchronized void nextAppClientId(String clientId) {
        nextClientIds.addLast(clientId);
    }

    @Override
    public synchronized String code() {
        return nextCodes.isEmpty() ? String.valueOf(codes.incrementAndGet()) : nextCodes.removeFirst();
    }

    @Override
    public synchronized String userPoolIdSuffix() {
        return next(nextPoolSuffixes, "pool id suffix");
    }

    @Override
    public synchronized String appClientId() {
        return next(nextClientIds, "client id");
    }

    @Override
    public String appClientSecret() {
        throw new IllegalStateException("tests choose their client secrets");
    }

    @Override
    public UUID sub() {
        return new UUID(0, subs.incrementAndGet());
    }

    private static String next(Deque<String> names, String what) {
        if (names.isEmpty()) {
            throw new IllegalStateException("no " + what + " was named for the next creation");
        }
        return names.removeFirst();
    }
}
