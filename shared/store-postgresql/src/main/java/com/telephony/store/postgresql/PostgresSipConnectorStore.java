package com.telephony.store.postgresql;

import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorStore;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The SIP Connector state, one row per portal; no row: never set. */
@Singleton
public final class PostgresSipConnectorStore implements SipConnectorStore {
    private final Database database;

    PostgresSipConnectorStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<SipConnector> find(String portalId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT free_minutes, paid, paid_until FROM sip_connector WHERE portal_id = ?")) {
                statement.setString(1, portalId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new SipConnector(row.getInt(1), row.getBoolean(2), Database.instant(row, 3)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(String portalId, SipConnector connector) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO sip_connector (portal_id, free_minutes, paid, paid_until) VALUES (?, ?, ?, ?)
                    ON CONFLICT (portal_id) DO UPDATE SET free_minutes = excluded.free_minutes, paid = excluded.paid,
                        paid_until = excluded.paid_until""")) {
                statement.setString(1, portalId);
                statement.setInt(2, connector.freeMinutes());
                statement.setBoolean(3, connector.paid());
                Database.setInstant(statement, 4, connector.paidUntil());
                return statement.executeUpdate();
            }
        });
    }
}
