package com.telephony.store.postgresql;

import java.sql.SQLException;

/** A database failure no store port foresees (connection lost, schema missing): reported as a server error. */
public final class PostgresStoreException extends RuntimeException {
    PostgresStoreException(SQLException cause) {
        super("PostgreSQL store failure (SQLSTATE " + cause.getSQLState() + ")", cause);
    }
}
