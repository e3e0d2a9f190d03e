package com.telephony.store.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The clean-up of expired credentials, for both token tables: what DynamoDB's TTL does for the other store. Run by
 * every save of a token, in the saving transaction, so the tables never grow with dead rows and nothing else has to
 * be scheduled.
 */
final class ExpiredTokens {
    /** Expired tokens stay readable for a day so callers get {@code expired_token}, not {@code invalid_token}. */
    static final Duration RETENTION = Duration.ofDays(1);

    /** The tables that hold tokens with an {@code expires_at}; the names are constants, never input. */
    enum Table {
        ACCESS_TOKEN("access_token"),
        REFRESH_TOKEN("refresh_token");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private ExpiredTokens() {
    }

    /** Deletes the table's tokens expired for longer than {@link #RETENTION}. */
    static void purge(Connection connection, Table table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM " + table.sql + " WHERE expires_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, RETENTION.toSeconds());
            statement.executeUpdate();
        }
    }
}
