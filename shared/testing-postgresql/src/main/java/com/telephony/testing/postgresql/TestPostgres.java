package com.telephony.testing.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The one PostgreSQL every store test uses, chosen once per JVM, the same pattern as the DynamoDB fixture:
 * <ol>
 *   <li>{@code POSTGRES_URL} (or {@code -Dpostgres.url}) if set: a JDBC URL of a server someone else runs, with
 *   {@code POSTGRES_USER} / {@code POSTGRES_PASSWORD} when the URL does not carry them;</li>
 *   <li>else PostgreSQL in Docker via Testcontainers, if a Docker engine answers;</li>
 *   <li>else embedded PostgreSQL binaries from Maven Central (io.zonky.test) as a child process.</li>
 * </ol>
 * The choice is printed once, so the test output shows which engine the store tests ran against. Each test class
 * takes a database of its own ({@link #newDatabase}), so classes never see each other's rows.
 */
public final class TestPostgres {
    private static TestPostgres instance;

    private final PostgresEngine engine;

    private TestPostgres(PostgresEngine engine) {
        this.engine = engine;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            PostgresEngine engine = PostgresEngines.choose();
            System.out.println("[test-postgresql] store tests run against: " + engine.description());
            instance = new TestPostgres(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown, "test-postgresql-shutdown"));
        }
        return instance;
    }

    /** Human description of the engine, e.g. {@code embedded PostgreSQL 14.22 (io.zonky.test, child process, port 41234)}. */
    public String engine() {
        return engine.description();
    }

    /** The JDBC URL of the engine's default database. */
    public String jdbcUrl() {
        return engine.jdbcUrl();
    }

    public String username() {
        return engine.username();
    }

    public String password() {
        return engine.password();
    }

    /**
     * Creates an empty database no other test class uses and answers its JDBC URL (credentials as {@link #username()}
     * and {@link #password()}).
     */
    public String newDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = connect(engine.jdbcUrl()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + engine.description(), e);
        }
        return PostgresEngines.withDatabase(engine.jdbcUrl(), name);
    }

    /** A plain connection to {@code jdbcUrl} with the engine's credentials, for tests that look at rows directly. */
    public Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        if (engine.username() != null) {
            properties.setProperty("user", engine.username());
        }
        if (engine.password() != null) {
            properties.setProperty("password", engine.password());
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    private void shutdown() {
        try {
            engine.stopper().close();
        } catch (Exception e) {
            System.err.println("[test-postgresql] could not stop " + engine.description() + ": " + e);
        }
    }
}
