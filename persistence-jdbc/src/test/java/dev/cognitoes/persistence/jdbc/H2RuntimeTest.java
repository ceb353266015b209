package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;

class H2RuntimeTest extends JdbcRuntimeTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.h2();
    }
}
