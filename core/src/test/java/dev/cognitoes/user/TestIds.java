package dev.cognitoes.user;

import dev.cognitoes.shared.CodeGenerator;
import dev.cognitoes.shared.IdGenerator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable subs (…0001, …0002, …) and codes (a queue, then 100001, 100002, …) for tests. */
final class TestIds implements IdGenerator, CodeGenerator {

    private final AtomicLong subs = new AtomicLong();
    private final AtomicLong codes = new AtomicLong(100_000);
    private final Deque<String> nextCodes = new ArrayDeque<>();

    static String sub(long n) {
        return new UUID(0, n).toString();
    }

    synchronized void nextCodes(String... values) {
        for (String value : values) {
            nextCodes.addLast(value);
        }
    }

    @Override
    public synchronized String code() {
        return nextCodes.isEmpty() ? String.valueOf(codes.incrementAndGet()) : nextCodes.removeFirst();
    }

    @Override
    public String userPoolIdSuffix() {
        return "TestPool1";
    }

    @Override
    public String appClientId() {
        return "testclient00000000000000000";
    }

    @Override
    public String appClientSecret() {
        return "testsecret";
    }

    @Override
    public UUID sub() {
        return new UUID(0, subs.incrementAndGet());
    }
}
