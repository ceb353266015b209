package dev.cognitoes.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.user.api.NameKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL plans a prepared statement once for any parameters (a generic plan) and keeps the plan until the table
 * is analyzed again, and a server started on a new database makes its plans while the tables are empty. Each test
 * forces that case: the lookup is prepared and run on the empty tables, the tables are filled with two pools of
 * users, and the lookup runs again on the plan made before.
 */
@DisplayName("A lookup planned while the tables were empty")
class PostgresLookupPlanTest {

    private static final String POOL = "eu-west-1_planned";
    private static final String OTHER_POOL = "eu-west-1_other";
    private static final int USERS_PER_POOL = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JdbcStorageModule module;
    private TestDatabases.TestDatabase database;
    private Connection connection;

    /** A statement of a store, the values it is run with, and how many rows it answers with. */
    record Lookup(String name, String sql, List<Object> values, int rows) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Lookup> lookups() {
        return Stream.of(
                new Lookup("a user by sub", JdbcUserStore.FIND_BY_SUB, List.of(POOL, "sub-250"), 1),
                new Lookup("a user by name", JdbcUserStore.FIND_BY_NAME,
                        List.of(POOL, POOL, NameKind.USERNAME.name(), "username-250"), 1),
                new Lookup("the names of a user", JdbcUserStore.NAMES_OF, List.of(POOL, "sub-250"), 2),
                new Lookup("a page of a group's members", JdbcGroupStore.MEMBERS_AFTER,
                        List.of(POOL, "group-1", "sub-250", 10), 10));
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        database = TestDatabases.postgres();
        module = database.builder().build();
        for (String table : List.of("cognito_user", "cognito_user_name", "cognito_group_member")) {
            database.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
        }
        connection = database.connect();
        execute("SET plan_cache_mode = force_generic_plan");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        module.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    @DisplayName("reads only the rows it answers with once the tables are full")
    void readsOnlyTheRowsItReturns(Lookup lookup) throws SQLException {
        execute("PREPARE lookup" + parameterTypes(lookup.values()) + " AS " + numberedParameters(lookup.sql()));
        execute("EXECUTE lookup" + arguments(lookup.values()));
        fillTwoPools();

        JsonNode plan = explainAnalyze("EXECUTE lookup" + arguments(lookup.values()));

        assertThat(plan.path("Actual Rows").asInt()).as("rows answered").isEqualTo(lookup.rows());
        List<JsonNode> nodes = new ArrayList<>();
        collect(plan, nodes);
        for (JsonNode node : nodes) {
            String where = node.path("Node Type").asText() + " " + node.path("Index Name").asText();
            assertThat(node.path("Rows Removed by Filter").asInt()).as("rows %s read and discarded", where)
                    .isZero();
            assertThat(node.path("Rows Removed by Join Filter").asInt())
                    .as("rows %s joined and discarded", where).isZero();
            assertThat(node.path("Actual Rows").asInt() * node.path("Actual Loops").asInt())
                    .as("rows %s read", where).isLessThanOrEqualTo(lookup.rows());
        }
    }

    private void fillTwoPools() {
        String pools = "(VALUES ('" + POOL + "'), ('" + OTHER_POOL + "')) AS pools(pool)";
        String users = "generate_series(1, " + USERS_PER_POOL + ") AS users(n)";
        database.execute("INSERT INTO cognito_user SELECT pool, 'sub-' || n, '{}' FROM " + pools + ", " + users);
        database.execute("INSERT INTO cognito_user_name SELECT pool, kind, lower(kind) || '-' || n, 'sub-' || n"
                + " FROM " + pools + ", (VALUES ('USERNAME'), ('EMAIL')) AS kinds(kind), " + users);
        database.execute("INSERT INTO cognito_group_member SELECT pool, 'group-' || (n % 3), 'sub-' || n FROM "
                + pools + ", " + users);
    }

    private JsonNode explainAnalyze(String statement) throws SQLException {
        try (Statement explain = connection.createStatement();
             ResultSet result = explain.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) " + statement)) {
            result.next();
            return JSON.readTree(result.getString(1)).get(0).get("Plan");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote a plan that is not JSON", e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        nodes.add(node);
        node.path("Plans").forEach(child -> collect(child, nodes));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String numberedParameters(String sql) {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        return numbered.toString();
    }

    /** The types the JDBC driver gives a statement's parameters: {@code varchar} for a string. */
    private static String parameterTypes(List<Object> values) {
        return values.stream().map(value -> value instanceof Integer ? "integer" : "varchar")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String arguments(List<Object> values) {
        return values.stream().map(value -> value instanceof Integer ? value.toString() : "'" + value + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
