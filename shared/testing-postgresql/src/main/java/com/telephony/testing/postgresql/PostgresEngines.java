package com.telephony.testing.postgresql;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;


/** The three ways a test JVM gets a PostgreSQL server, tried in order. */
final class PostgresEngines {
    static final String URL_ENV = "POSTGRES_URL";
    static final String URL_PROPERTY = "postgres.url";
    private static final DockerImageName IMAGE = DockerImageName.parse("postgres:16-alpine");

    private PostgresEngines() {
    }

    static PostgresEngine choose() {
        String configured = setting(URL_PROPERTY, URL_ENV);
        if (configured != null) {
            return new PostgresEngine(configured.trim(), System.getenv("POSTGRES_USER"), System.getenv("POSTGRES_PASSWORD"),
                    redacted(configured.trim()) + " (from " + URL_ENV + ")", () -> { });
        }
        if (dockerAvailable()) {
            return container();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0);
        return new PostgresEngine(server.jdbcUrl(), server.username(), null, server.description(), server);
    }

    /** {@code jdbc:postgresql://host:port/db?params} with another database name, parameters kept. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** The URL may carry a password parameter: never print it. */
    private static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Any failure of the probe, including a broken Docker setup, means "use embedded PostgreSQL instead". */
    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PostgresEngine container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        return new PostgresEngine(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "PostgreSQL (" + IMAGE + ", Testcontainers) at " + container.getJdbcUrl(), container::stop);
    }

}
