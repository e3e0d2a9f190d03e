package com.telephony.testing.postgresql;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fixture: a real server, and a database per caller that no other caller sees. */
class TestPostgresTest {
    @Test
    void aJdbcUrlKeepsServerAndParametersWhenItsDatabaseChanges() {
        assertEquals("jdbc:postgresql://db:5432/other?user=u&ssl=true",
                PostgresEngines.withDatabase("jdbc:postgresql://db:5432/postgres?user=u&ssl=true", "other"));
        assertEquals("jdbc:postgresql://localhost:1234/other",
                PostgresEngines.withDatabase("jdbc:postgresql://localhost:1234/postgres", "other"));
    }

    @Test
    void eachNewDatabaseIsEmptyAndApart() throws Exception {
        TestPostgres engine = TestPostgres.get();
        String first = engine.newDatabase("fixture");
        String second = engine.newDatabase("fixture");
        assertNotEquals(first, second);
        try (Connection connection = engine.connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_here (id int)");
        }
        try (Connection connection = engine.connect(second); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT 1 FROM pg_tables WHERE tablename = 'only_here'")) {
            assertFalse(tables.next(), "the second database sees nothing of the first");
        }
    }
}
