package com.telephony.testing.postgresql;

/**
 * A PostgreSQL server for the test JVM.
 *
 * @param jdbcUrl  the JDBC URL of its default database
 * @param stopper  what stops the server at JVM exit (nothing for a server someone else runs)
 */
record PostgresEngine(String jdbcUrl, String username, String password, String description, AutoCloseable stopper) {
}
