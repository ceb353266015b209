package dev.cognitoes.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.ReadModelReset;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;

/**
 * Keeps a runtime's state in a relational database: the event log and snapshots in Axon's
 * {@code domainevententry} and {@code snapshotevententry} tables, tracking tokens in {@code tokenentry}, and the
 * read models in {@code cognito_*} tables that the projections write in the transaction that appends their events.
 * A restarted runtime therefore finds its read models as they were and replays nothing, and memory does not grow
 * with the number of users.
 *
 * <pre>{@code
 * JdbcStorageModule storage = JdbcStorageModule.forH2(Path.of("data")).build();           // embedded
 * JdbcStorageModule storage = JdbcStorageModule.forPostgres(url, user, password).build(); // pooled PostgreSQL
 * }</pre>
 *
 * <p>{@link Builder#build()} brings the schema up to date with the dialect's Flyway migrations
 * ({@code db/migration/postgresql} or {@code db/migration/h2}), so a database created by an older version is
 * migrated on start; runtimes starting together on one PostgreSQL database take turns (Flyway locks).
 *
 * <p>Several runtimes on one PostgreSQL database behave as one service: the database's unique key on
 * (aggregate identifier, sequence number) refuses the second of two concurrent claims of a name, whichever node
 * made them, and every read model is read from the database.
 *
 * <p>The master key is kept in the database too, in table {@code cognito_key}: the first runtime to start draws a
 * random 256-bit AES key and inserts it with a statement that does nothing when another node inserted first, then
 * every runtime reads the one stored key. Whoever can read that table can unseal the client secrets in the event
 * log, so the database and its backups need the protection the secrets themselves need.
 *
 * <p>The read models and snapshots can be {@link #clearDerivedState() cleared} for
 * {@link dev.cognitoes.config.CognitoRuntime#rebuildReadModels()}, which replays the event log into them.
 */
public final class JdbcStorageModule implements StorageModule, ReadModelReset {

    private static final String MASTER_KEY_ID = "master";
    private static final List<String> READ_MODEL_TABLES = List.of("cognito_user_pool", "cognito_app_client",
            "cognito_user", "cognito_user_name", "cognito_group", "cognito_group_member");
    private static final String EVENT_TABLE = "domainevententry";
    private static final String SNAPSHOT_TABLE = "snapshotevententry";

    private final HikariDataSource ownedPool;
    private final JdbcDialect dialect;
    private final JdbcTransactionManager transactions;
    private final Sql sql;
    private final SecretKey masterKey;
    private final JdbcUserPoolStore userPoolStore;
    private final JdbcAppClientStore appClientStore;
    private final JdbcUserStore userStore;
    private final JdbcGroupStore groupStore;

    private JdbcStorageModule(DataSource dataSource, HikariDataSource ownedPool, JdbcDialect dialect) {
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        Flyway.configure().dataSource(dataSource).locations("classpath:" + dialect.migrations()).load().migrate();
        this.transactions = new JdbcTransactionManager(dataSource);
        this.sql = new Sql(transactions.connectionProvider(), transactions);
        this.masterKey = loadOrCreateMasterKey(sql, dialect);
        this.userPoolStore = new JdbcUserPoolStore(sql, dialect);
        this.appClientStore = new JdbcAppClientStore(sql, dialect);
        this.userStore = new JdbcUserStore(sql, dialect);
        this.groupStore = new JdbcGroupStore(sql, dialect);
    }

    /** A builder to fill in: {@link Builder#dataSource} and {@link Builder#dialect} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** State in PostgreSQL, through a data source the caller owns (and closes after this module). */
    public static Builder forPostgres(DataSource dataSource) {
        return builder().dialect(JdbcDialect.POSTGRESQL).dataSource(dataSource);
    }

    /** State in PostgreSQL, through a HikariCP connection pool that this module opens and closes. */
    public static Builder forPostgres(String jdbcUrl, String user, String password) {
        HikariConfig config = poolConfig(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        return builder().dialect(JdbcDialect.POSTGRESQL).ownedPool(config);
    }

    /**
     * State in an embedded H2 database in {@code directory} (created when missing), opened by this process alone,
     * through a connection pool that this module opens and closes. Each commit is written to the file before it
     * returns ({@code WRITE_DELAY=0}, where H2 would otherwise wait up to a second), so a process killed right
     * after answering loses nothing it answered.
     */
    public static Builder forH2(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the database directory " + directory, e);
        }
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("cognito") + ";LOCK_TIMEOUT=10000"
                + ";WRITE_DELAY=0";
        return builder().dialect(JdbcDialect.H2).ownedPool(poolConfig(url));
    }

    private static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("cognito-es");
        return config;
    }

    @Override
    public EventStorageEngine eventStorageEngine(Serializer eventSerializer, Serializer snapshotSerializer) {
        return new StrictJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(transactions.connectionProvider())
                .transactionManager(transactions)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer));
    }

    /** Transactions bound to the calling thread, shared by the event log, the token store and the read models. */
    @Override
    public TransactionManager transactionManager() {
        return transactions;
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(transactions.connectionProvider())
                .serializer(serializer)
                .build();
    }

    @Override
    public SecretKey masterKey() {
        return masterKey;
    }

    @Override
    public UserPoolStore userPoolStore() {
        return userPoolStore;
    }

    @Override
    public AppClientStore appClientStore() {
        return appClientStore;
    }

    @Override
    public UserStore userStore() {
        return userStore;
    }

    @Override
    public GroupStore groupStore() {
        return groupStore;
    }

    /**
     * Deletes the rows of every read-model table ({@code cognito_*} but the master key) and every snapshot. On
     * PostgreSQL it first locks {@code domainevententry} in {@code EXCLUSIVE} mode, so that runtimes on other
     * nodes keep reading but wait to append until the calling transaction ends; an H2 database is opened by this
     * process alone.
     */
    @Override
    public void clearDerivedState() {
        sql.inTransaction(() -> {
            dialect.lockEventLog().ifPresent(lock -> sql.update("lock the event log", lock));
            for (String table : READ_MODEL_TABLES) {
                sql.update("clear " + table, "DELETE FROM " + table);
            }
            sql.update("delete the snapshots", "DELETE FROM " + SNAPSHOT_TABLE);
        });
    }

    /**
     * How many rows each table holds, by table name: the event log ({@code domainevententry}), the snapshots
     * ({@code snapshotevententry}), then each read model; for reports such as the rebuild's.
     */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Stream.concat(Stream.of(EVENT_TABLE, SNAPSHOT_TABLE), READ_MODEL_TABLES.stream())
                .toList()) {
            counts.put(table, sql.queryOne("count the rows of " + table, "SELECT COUNT(*) FROM " + table,
                    row -> row.getLong(1)).orElse(0L));
        }
        return counts;
    }

    /** Closes the connection pool when this module opened it; a data source given to the builder stays open. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    private static SecretKey loadOrCreateMasterKey(Sql sql, JdbcDialect dialect) {
        sql.update("store a new master key", dialect.insertIfAbsent("cognito_key", List.of("key_id"),
                List.of("algorithm", "key_value")), MASTER_KEY_ID, "AES", Base64.getEncoder()
                .encodeToString(randomAesKey().getEncoded()));
        return sql.queryOne("read the master key", "SELECT algorithm, key_value FROM cognito_key WHERE key_id = ?",
                row -> (SecretKey) new SecretKeySpec(Base64.getDecoder().decode(row.getString(2)), row.getString(1)),
                MASTER_KEY_ID).orElseThrow(() -> new IllegalStateException("the master key is missing"));
    }

    private static SecretKey randomAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no AES", e);
        }
    }

    /** Builds a {@link JdbcStorageModule}: migrates the schema and loads the master key. */
    public static final class Builder {
        private DataSource dataSource;
        private JdbcDialect dialect;
        private HikariConfig ownedPool;
        private Integer poolSize;

        private Builder() {
        }

        /** Where the tables are; required. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.ownedPool = null;
            return this;
        }

        /** Which database {@link #dataSource} leads to; required. */
        public Builder dialect(JdbcDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * The most connections the pool this module opens may hold; HikariCP's default (10) when not set. Each
         * command and query holds one for its transaction.
         *
         * @throws IllegalArgumentException when {@code connections} is below 1
         */
        public Builder poolSize(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("poolSize must be at least 1, was " + connections);
            }
            this.poolSize = connections;
            return this;
        }

        private Builder ownedPool(HikariConfig pool) {
            this.dataSource = null;
            this.ownedPool = pool;
            return this;
        }

        /**
         * Migrates the schema and loads (or, on a new database, creates) the master key.
         *
         * @throws IllegalStateException naming the first required setting that is missing
         */
        public JdbcStorageModule build() {
            if (dataSource == null && ownedPool == null) {
                throw new IllegalStateException("JdbcStorageModule.Builder: dataSource is required");
            }
            if (dialect == null) {
                throw new IllegalStateException("JdbcStorageModule.Builder: dialect is required");
            }
            if (dataSource != null) {
                if (poolSize != null) {
                    throw new IllegalStateException("JdbcStorageModule.Builder: poolSize applies only to a pool "
                            + "the module opens, not to a given dataSource");
                }
                return new JdbcStorageModule(dataSource, null, dialect);
            }
            if (poolSize != null) {
                ownedPool.setMaximumPoolSize(poolSize);
            }
            HikariDataSource pool = new HikariDataSource(ownedPool);
            try {
                return new JdbcStorageModule(pool, pool, dialect);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
    }
}
