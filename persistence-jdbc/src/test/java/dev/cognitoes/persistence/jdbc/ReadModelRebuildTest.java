package dev.cognitoes.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.delivery.InMemoryOutbox;
import dev.cognitoes.group.api.AdminAddUserToGroupCommand;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rebuilding the read models from the event log; each database's test subclasses it. */
abstract class ReadModelRebuildTest {

    static final Map<String, String> READ_MODELS = readModels();

    private TestDatabase database;
    private UserPoolView pool;

    /** An empty database. */
    protected abstract TestDatabase newDatabase();

    /** Makes the next event's global index jump by {@code count}, as rolled-back appends leave it. */
    protected abstract void skipGlobalIndexes(TestDatabase database, int count);

    private static Map<String, String> readModels() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("cognito_user_pool", "user_pool_id");
        tables.put("cognito_app_client", "client_id");
        tables.put("cognito_user", "user_pool_id, sub");
        tables.put("cognito_user_name", "user_pool_id, kind, normalized_name");
        tables.put("cognito_group", "user_pool_id, group_name");
        tables.put("cognito_group_member", "user_pool_id, group_name, sub");
        return tables;
    }

    @BeforeEach
    void storeAHistory() {
        database = newDatabase();
        try (Scenario scenario = scenario()) {
            pool = scenario.createPool("audited");
            AppClientView web = scenario.createClient(pool, "web", false);
            scenario.createClient(pool, "backend", true);
            for (String name : List.of("ann", "bob", "cid", "dee")) {
                scenario.signUp(web, name);
            }
            scenario.confirm(web, pool, "ann");
            scenario.confirm(web, pool, "bob");
            scenario.runtime.send(new AdminDeleteUserCommand(pool.id(), "cid"));
            scenario.runtime.send(CreateGroupCommand.named(pool.id(), "admins"));
            scenario.runtime.send(new AdminAddUserToGroupCommand(pool.id(), "ann", "admins"));
            scenario.runtime.send(new UpdateUserPoolCommand(pool.id(), UserPoolSettings.defaults("audited")));
        }
    }

    private Scenario scenario() {
        return new Scenario(database.builder().build(), new InMemoryOutbox(), b -> b.snapshotThreshold(2));
    }

    private Map<String, List<String>> readModelRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        READ_MODELS.forEach((table, key) -> rows.put(table, database.rows("SELECT * FROM " + table
                + " ORDER BY " + key)));
        return rows;
    }

    private long rebuild() {
        try (Scenario scenario = scenario()) {
            return scenario.runtime.rebuildReadModels();
        }
    }

    @Nested
    @DisplayName("when the read models are rebuilt from the event log")
    class Rebuilt {

        @Test
        @DisplayName("every event is replayed and every read model comes back row for row")
        void sameState() {
            Map<String, List<String>> before = readModelRows();

            long replayed = rebuild();

            assertThat(replayed).isEqualTo(database.count("SELECT COUNT(*) FROM domainevententry"));
            assertThat(readModelRows()).isEqualTo(before);
            assertThat(before.get("cognito_user")).hasSize(3);
            assertThat(before.get("cognito_group_member")).hasSize(1);
        }

        @Test
        @DisplayName("a changed row is restored, a deleted one returns and an invented one goes")
        void repairsDamage() {
            Map<String, List<String>> before = readModelRows();
            database.execute("UPDATE cognito_user SET view_json = REPLACE(view_json, 'CONFIRMED', 'UNCONFIRMED')");
            database.execute("DELETE FROM cognito_app_client");
            database.execute("INSERT INTO cognito_group_member (user_pool_id, group_name, sub)"
                    + " VALUES ('" + pool.id() + "', 'admins', 'no-such-user')");
            assertThat(readModelRows()).isNotEqualTo(before);

            rebuild();

            assertThat(readModelRows()).isEqualTo(before);
        }

        @Test
        @DisplayName("snapshots are purged and aggregates load from their events again")
        void purgesSnapshots() {
            assertThat(database.count("SELECT COUNT(*) FROM snapshotevententry")).isPositive();

            rebuild();

            assertThat(database.count("SELECT COUNT(*) FROM snapshotevententry")).isZero();
            try (Scenario scenario = scenario()) {
                scenario.runtime.send(new AdminDeleteUserCommand(pool.id(), "ann"));
                assertThat(scenario.runtime.query(new AdminGetUserQuery(pool.id(), "bob")).status())
                        .isEqualTo(UserStatus.CONFIRMED);
            }
            assertThat(database.count("SELECT COUNT(*) FROM cognito_group_member")).isZero();
        }

        @Test
        @DisplayName("events after a wide gap in the global index are replayed too")
        void readsAcrossGaps() {
            skipGlobalIndexes(database, 1_000);
            try (Scenario scenario = scenario()) {
                scenario.runtime.send(CreateGroupCommand.named(pool.id(), "after-the-gap"));
            }
            Map<String, List<String>> before = readModelRows();

            long replayed = rebuild();

            assertThat(replayed).isEqualTo(database.count("SELECT COUNT(*) FROM domainevententry"));
            assertThat(readModelRows()).isEqualTo(before);
            assertThat(before.get("cognito_group")).anyMatch(row -> row.contains("after-the-gap"));
        }
    }

    @Nested
    @DisplayName("when an event cannot be replayed")
    class Failing {

        @Test
        @DisplayName("the rebuild fails and the read models and snapshots stay as they were")
        void rollsBack() {
            Map<String, List<String>> before = readModelRows();
            long snapshots = database.count("SELECT COUNT(*) FROM snapshotevententry");
            database.execute("UPDATE domainevententry SET payload = " + unreadablePayload()
                    + " WHERE payloadtype LIKE '%UserConfirmedEvent'");

            assertThatThrownBy(ReadModelRebuildTest.this::rebuild).isInstanceOf(RuntimeException.class);

            assertThat(readModelRows()).isEqualTo(before);
            assertThat(database.count("SELECT COUNT(*) FROM snapshotevententry")).isEqualTo(snapshots);
        }
    }

    /** A payload that is not JSON, in the column's binary type. */
    protected abstract String unreadablePayload();
}
