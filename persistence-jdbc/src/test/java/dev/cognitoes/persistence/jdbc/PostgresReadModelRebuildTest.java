package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;

class PostgresReadModelRebuildTest extends ReadModelRebuildTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected void skipGlobalIndexes(TestDatabase database, int count) {
        database.count("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'),"
                + " (SELECT MAX(globalindex) FROM domainevententry) + " + count + ")");
    }

    @Override
    protected String unreadablePayload() {
        return "'\\x7b7b7b'::bytea";
    }
}
