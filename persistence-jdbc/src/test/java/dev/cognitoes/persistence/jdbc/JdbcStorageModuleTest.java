package dev.cognitoes.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JdbcStorageModuleTest {

    static final Serializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();

    @Nested
    @DisplayName("when it is built")
    class Building {

        @Test
        @DisplayName("a missing data source or dialect is named")
        void namesMissingSettings() {
            assertThatThrownBy(() -> JdbcStorageModule.builder().dialect(JdbcDialect.H2).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataSource is required");
            HikariDataSource dataSource = new HikariDataSource();
            assertThatThrownBy(() -> JdbcStorageModule.builder().dataSource(dataSource).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("dialect is required");
        }

        @Test
        @DisplayName("an embedded database is created in a new directory")
        void createsH2Directory() {
            Path directory = Path.of("target", "h2", UUID.randomUUID().toString(), "nested");
            JdbcStorageModule.forH2(directory).build().close();
            assertThat(directory.resolve("cognito.mv.db")).satisfies(file -> assertThat(Files.exists(file)).isTrue());
        }

        @Test
        @DisplayName("a database left by an older version is migrated")
        void migratesOlderSchema() {
            Path directory = Path.of("target", "h2", UUID.randomUUID().toString());
            String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("cognito");
            Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/h2").target("1").load()
                    .migrate();
            TestDatabase database = TestDatabases.h2At(directory);
            String latestApplied = "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '3'"
                    + " AND \"success\"";
            assertThat(database.count(latestApplied)).isZero();

            try (JdbcStorageModule module = JdbcStorageModule.forH2(directory).build()) {
                assertThat(module.userStore().count("eu-west-1_AAAAAAAAA")).isZero();
            }
            assertThat(database.count(latestApplied)).isEqualTo(1);
        }

        @Test
        @DisplayName("closing it leaves a data source it was given open")
        void leavesGivenDataSourceOpen() {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl("jdbc:h2:file:" + Path.of("target", "h2", UUID.randomUUID().toString(), "cognito")
                    .toAbsolutePath());
            try (dataSource) {
                JdbcStorageModule.builder().dialect(JdbcDialect.H2).dataSource(dataSource).build().close();
                assertThat(dataSource.isClosed()).isFalse();
            }
        }
    }

    @Nested
    @DisplayName("when modules open the same database")
    class MasterKey {

        @Test
        @DisplayName("the master key drawn by the first is the key of every later one")
        void keepsOneKeyOnH2() {
            TestDatabase database = TestDatabases.h2();
            SecretKey first;
            try (JdbcStorageModule module = database.builder().build()) {
                first = module.masterKey();
            }
            try (JdbcStorageModule module = database.builder().build()) {
                assertThat(module.masterKey().getEncoded()).isEqualTo(first.getEncoded());
                assertThat(module.masterKey().getAlgorithm()).isEqualTo("AES");
                assertThat(first.getEncoded()).hasSize(32);
            }
        }

        @Test
        @DisplayName("on PostgreSQL, modules open at once share one key")
        void sharesOneKeyOnPostgres() {
            TestDatabase database = TestDatabases.postgres();
            try (JdbcStorageModule one = database.builder().build();
                 JdbcStorageModule two = database.builder().build()) {
                assertThat(two.masterKey().getEncoded()).isEqualTo(one.masterKey().getEncoded());
            }
            assertThat(database.count("SELECT COUNT(*) FROM cognito_key")).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("when a tracking processor stores its position")
    class Tokens {

        @Test
        @DisplayName("the position is there after a restart")
        void keepsTokens() {
            TestDatabase database = TestDatabases.h2();
            try (JdbcStorageModule module = database.builder().build()) {
                TokenStore tokens = module.tokenStore(SERIALIZER);
                TransactionManager transactions = module.transactionManager();
                transactions.executeInTransaction(() -> tokens.initializeTokenSegments("projection", 1));
                transactions.executeInTransaction(
                        () -> tokens.storeToken(new GlobalSequenceTrackingToken(41), "projection", 0));
            }
            try (JdbcStorageModule module = database.builder().build()) {
                TokenStore tokens = module.tokenStore(SERIALIZER);
                assertThat(module.transactionManager().fetchInTransaction(() -> tokens.fetchToken("projection", 0)))
                        .isEqualTo(new GlobalSequenceTrackingToken(41));
            }
        }
    }
}
