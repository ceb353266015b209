package dev.cognitoes.persistence.jdbc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The views of one table that almost every request reads and that seldom change (pools, app clients), kept in
 * memory with a digest of their JSON. A row stores the digest beside the JSON ({@link #digest}); a lookup still asks
 * the database every time, for the digest, and for the JSON only when the digest differs from the one kept. A change
 * or deletion made by any node sharing the database is therefore seen by the next lookup, and an unchanged view
 * costs a key lookup instead of reading and parsing its JSON. Rows saved without a digest are read whole each time.
 * Thread-safe.
 *
 * @param <V> the view type, read from JSON with the runtime's event mapper
 */
final class DigestedViews<V> {

    private final Sql sql;
    private final Class<V> type;
    private final String find;
    private final String findIfChanged;
    private final Map<String, Read<V>> read = new ConcurrentHashMap<>();

    /** A view as it was read, with the digest stored beside it; {@code digest} is null for a row without. */
    private record Read<V>(Long digest, V view) {
    }

    /**
     * @param table      the table
     * @param keyColumn  the column the views are looked up by, the table's key
     * @param jsonColumn the column holding the view as JSON; its digest is in column {@code view_digest}
     */
    DigestedViews(Sql sql, Class<V> type, String table, String keyColumn, String jsonColumn) {
        this.sql = sql;
        this.type = type;
        this.find = "SELECT view_digest, " + jsonColumn + " FROM " + table + " WHERE " + keyColumn + " = ?";
        this.findIfChanged = "SELECT view_digest, CASE WHEN view_digest = ? THEN NULL ELSE " + jsonColumn
                + " END FROM " + table + " WHERE " + keyColumn + " = ?";
    }

    /** The view stored under {@code key}, or empty; {@code task} names the lookup in an error. */
    Optional<V> find(String task, String key) {
        Read<V> known = read.get(key);
        Optional<Read<V>> current = known == null || known.digest() == null
                ? sql.queryOne(task, find, row -> new Read<>(digestOf(row), Sql.fromJson(row.getString(2), type)),
                        key)
                : sql.queryOne(task, findIfChanged, row -> {
                    String json = row.getString(2);
                    return json == null ? known : new Read<>(digestOf(row), Sql.fromJson(json, type));
                }, known.digest(), key);
        current.ifPresentOrElse(found -> read.put(key, found), () -> read.remove(key));
        return current.map(Read::view);
    }

    /** Drops what is kept for {@code key}, as when its row is deleted. */
    void forget(String key) {
        read.remove(key);
    }

    /** The digest to store beside a view's JSON: the first 8 bytes of its SHA-256. */
    static long digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }

    private static Long digestOf(ResultSet row) throws SQLException {
        long digest = row.getLong(1);
        return row.wasNull() ? null : digest;
    }
}
