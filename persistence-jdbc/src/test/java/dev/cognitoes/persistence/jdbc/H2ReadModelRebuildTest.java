package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;

class H2ReadModelRebuildTest extends ReadModelRebuildTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected void skipGlobalIndexes(TestDatabase database, int count) {
        long next = database.count("SELECT MAX(globalindex) FROM domainevententry") + count;
        database.execute("ALTER TABLE domainevententry ALTER COLUMN globalindex RESTART WITH " + next);
    }

    @Override
    protected String unreadablePayload() {
        return "X'7B7B7B'";
    }
}
