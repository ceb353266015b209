package dev.cognitoes.auth.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hex and hash conventions of Cognito's SRP: integers travel as lower-case hex of their two's-complement
 * bytes (even length, a {@code 00} prefix when the top bit of a positive number is set), and hashes are taken over
 * the bytes such hex strings decode to.
 */
final class SrpHex {

    private static final HexFormat HEX = HexFormat.of();

    private SrpHex() {
    }

    /** The minimal two's-complement bytes of {@code value} as lower-case hex, always of even length. */
    static String padHex(BigInteger value) {
        return HEX.formatHex(value.toByteArray());
    }

    /** {@code value}, which must not be negative, as lower-case hex without leading zeros. */
    static String hex(BigInteger value) {
        String padded = padHex(value);
        int start = 0;
        while (start < padded.length() - 1 && padded.charAt(start) == '0') {
            start++;
        }
        return padded.substring(start);
    }

    /**
     * Reads hex as a non-negative integer, as a client reads {@code SALT}, {@code SRP_B} and {@code SRP_A}: any
     * length, either case, leading zeros allowed, each digit as {@link Character#digit(char, int)} reads it.
     *
     * @throws IllegalArgumentException when {@code hex} is empty or holds anything but hex digits
     */
    static BigInteger fromHex(String hex) {
        if (hex.isEmpty()) {
            throw new IllegalArgumentException("hex must not be empty");
        }
        int digits = hex.length();
        byte[] bytes = new byte[(digits + 1) / 2];
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(hex.charAt(digits - 1 - i), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("not a hex string");
            }
            bytes[bytes.length - 1 - i / 2] |= (byte) (i % 2 == 0 ? digit : digit << 4);
        }
        return new BigInteger(1, bytes);
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    static String sha256Hex(String text) {
        return HEX.formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 of the bytes {@code hex} decodes to, read as a non-negative integer.
     *
     * @throws IllegalArgumentException when {@code hex} has odd length or a non-hex digit
     */
    static BigInteger hashOfHex(String hex) {
        return new BigInteger(1, sha256(HEX.parseHex(hex)));
    }

    /**
     * {@code H(padHex(first) | padHex(second))}, as {@link #hashOfHex} reads it, without writing the hex: the bytes
     * {@code padHex} stands for are the two's-complement bytes themselves.
     */
    static BigInteger hashOfPadded(BigInteger first, BigInteger second) {
        MessageDigest digest = sha256();
        digest.update(first.toByteArray());
        return new BigInteger(1, digest.digest(second.toByteArray()));
    }

    private static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }
}
