package com.telephony.store.postgresql;

import com.telephony.testing.postgresql.TestPostgres;

import java.util.HashMap;
import java.util.Map;

/** A fresh database on the fixture's engine, as the configuration a deployed function gets from its environment. */
final class PostgresTestDatabase {
    private PostgresTestDatabase() {
    }

    static Map<String, String> properties(String prefix) {
        TestPostgres engine = TestPostgres.get();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", engine.newDatabase(prefix));
        if (engine.username() != null) {
            properties.put("datasources.default.username", engine.username());
        }
        if (engine.password() != null) {
            properties.put("datasources.default.password", engine.password());
        }
        properties.put("datasources.default.maximum-pool-size", "24");
        properties.put("flyway.datasources.default.enabled", "true");
        return properties;
    }
}
