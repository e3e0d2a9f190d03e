package com.telephony.testing.postgresql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * PostgreSQL run from the binaries io.zonky.test publishes on Maven Central (PostgreSQL licence), as a child process
 * on 127.0.0.1: nothing to install. Used by the test fixture (a fresh data directory, removed at exit) and by the
 * local API ({@code --store postgresql}; with {@code --data-dir} the data directory is kept and reused).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final String description;

    private EmbeddedPostgresServer(EmbeddedPostgres server, String description) {
        this.server = server;
        this.description = description;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives and stays; {@code null} for a temporary one removed on close
     * @param port          0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            // An existing cluster is reused as it is; a new directory gets initdb once.
            builder.setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(false);
        }
        try {
            EmbeddedPostgres server = builder.start();
            String where = dataDirectory == null ? "in a temporary directory" : "data in " + dataDirectory.toAbsolutePath();
            return new EmbeddedPostgresServer(server, "embedded PostgreSQL " + version(server)
                    + " (io.zonky.test binaries, child process, " + where + ", port " + server.getPort() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /** The JDBC URL of the {@code postgres} database (user {@code postgres}, no password: local trust only). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return server.getPort();
    }

    public String description() {
        return description;
    }

    private static String version(EmbeddedPostgres server) {
        try (var connection = server.getPostgresDatabase().getConnection();
             var result = connection.createStatement().executeQuery("SHOW server_version")) {
            return result.next() ? result.getString(1) : "?";
        } catch (Exception e) {
            return "?";
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
