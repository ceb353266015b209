package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;

class PostgresRuntimeTest extends JdbcRuntimeTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }
}
