package com.telephony.store.postgresql;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How the adapters talk to PostgreSQL: plain SQL on the connection of a Micronaut Data JDBC transaction
 * ({@link TransactionOperations}, READ COMMITTED, PostgreSQL's default), so every store call is one transaction and a
 * typed exception thrown inside it rolls everything back. No entity mapping and no reflection: each adapter reads
 * its columns itself.
 */
@Singleton
final class Database {
    /** SQLSTATE of a unique-constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;

    Database(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections,
             @Value("${store:postgresql}") String store, @Value("${telephony.rehearsal:false}") boolean rehearsal) {
        // The SnapStart rehearsal's context replaces every store with an in-memory one (lambda-http's Rehearsal):
        // the database asked for there means a port was left unreplaced, and it must fail rather than write.
        if (rehearsal) {
            throw new IllegalStateException("a SnapStart rehearsal asked for the database: a storage port is not "
                    + "replaced by an in-memory adapter");
        }
        // The artifact decides the store (docs/postgresql.md); a STORE naming another one is a deployment mistake
        // that must stop the function at start-up rather than write somewhere nobody reads.
        if (!"postgresql".equalsIgnoreCase(store.trim())) {
            throw new IllegalStateException("STORE=" + store + ", but this artifact carries the PostgreSQL store: "
                    + "deploy the functions/<function>/target/<function>.jar artifacts (infra/template.yaml) instead");
        }
        this.transactions = transactions;
        this.connections = connections;
    }

    /** Work that may throw JDBC's checked exception; the transaction rolls back on any exception. */
    @FunctionalInterface
    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    <R> R write(Work<R> work) {
        return transactions.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new PostgresStoreException(e);
            }
        });
    }

    /**
     * One statement outside an explicit transaction: PostgreSQL runs it atomically as its own, so it costs one round
     * trip where {@link #write} costs two ({@code BEGIN} rides with the first statement, {@code COMMIT} is another).
     * For work that is a single statement by design (the request limiter's admission).
     */
    <R> R statement(Work<R> work) {
        return connections.executeWrite(status -> {
            try {
                Connection connection = status.getConnection();
                if (!connection.getAutoCommit()) {
                    // A pool configured without auto-commit (the pool restores it on return); no transaction is open.
                    connection.setAutoCommit(true);
                }
                return work.run(connection);
            } catch (SQLException e) {
                throw new PostgresStoreException(e);
            }
        });
    }

    <R> R read(Work<R> work) {
        return transactions.executeRead(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new PostgresStoreException(e);
            }
        });
    }

    /** The unique constraint (or unique index) {@code e} violated, if that is what it reports. */
    static Optional<String> violatedUniqueConstraint(SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || !(e instanceof PSQLException psql)) {
            return Optional.empty();
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        return Optional.ofNullable(message == null ? null : message.getConstraint());
    }

    static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** As {@code timestamptz} through OffsetDateTime: independent of the JVM's time zone, unlike Timestamp. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
