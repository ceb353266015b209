package dev.cognitoes.auth;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/** A {@link SecureRandom} that hands out given byte strings in order, so tests can pin salts and nonces. */
public final class ScriptedRandom extends SecureRandom {

    private final Deque<byte[]> script = new ArrayDeque<>();

    public ScriptedRandom(String... hexValues) {
        for (String hex : hexValues) {
            script.add(HexFormat.of().parseHex(hex));
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        byte[] next = script.poll();
        if (next == null || next.length != bytes.length) {
            throw new IllegalStateException("the script has no " + bytes.length + "-byte value next");
        }
        System.arraycopy(next, 0, bytes, 0, bytes.length);
    }
}
