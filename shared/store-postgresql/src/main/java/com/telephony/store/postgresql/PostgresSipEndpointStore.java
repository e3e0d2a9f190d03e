package com.telephony.store.postgresql;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.SipEndpointStore;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * SIP endpoints in table {@code sip_endpoint}. Username uniqueness per project is the unique constraint
 * {@code sip_endpoint_username} (checked by every INSERT and UPDATE that sets a username, however many writers race);
 * every replace and delete is conditioned on the version it was given ({@code WHERE version = ?}), the optimistic
 * lock the port promises. Ids are version 7 UUIDs compared byte-wise, so id order is creation order, as on DynamoDB.
 */
@Singleton
public final class PostgresSipEndpointStore implements SipEndpointStore {
    private static final String USERNAME_CONSTRAINT = "sip_endpoint_username";
    private static final String COLUMNS = "project_id, id, username, password, caller_id, send_as, ciphers, codecs, "
            + "encryption, call_handler, calling_handler_resource_id, created_at, updated_at, version";

    private final Database database;

    PostgresSipEndpointStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(SipEndpoint endpoint) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sip_endpoint (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, endpoint.projectId());
                statement.setString(2, endpoint.id());
                bindSettings(connection, statement, 3, endpoint.settings());
                Database.setInstant(statement, 12, endpoint.createdAt());
                Database.setInstant(statement, 13, endpoint.updatedAt());
                statement.setLong(14, endpoint.version());
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (Database.violatedUniqueConstraint(e).filter("sip_endpoint_pkey"::equals).isPresent()) {
                    throw new IllegalStateException("SIP endpoint id collision: " + endpoint.id(), e);
                }
                throw usernameTakenOr(e);
            }
        });
    }

    @Override
    public Optional<SipEndpoint> find(String projectId, String endpointId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sip_endpoint WHERE project_id = ? AND id = ?")) {
                statement.setString(1, projectId);
                statement.setString(2, endpointId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** A stale version matches no row, so it is reported as such and never as a taken username. */
    @Override
    public boolean replace(SipEndpoint current, SipEndpoint updated) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE sip_endpoint SET username = ?,"
                    + " password = ?, caller_id = ?, send_as = ?, ciphers = ?, codecs = ?, encryption = ?,"
                    + " call_handler = ?, calling_handler_resource_id = ?, updated_at = ?, version = ?"
                    + " WHERE project_id = ? AND id = ? AND version = ?")) {
                bindSettings(connection, statement, 1, updated.settings());
                Database.setInstant(statement, 10, updated.updatedAt());
                statement.setLong(11, updated.version());
                statement.setString(12, current.projectId());
                statement.setString(13, current.id());
                statement.setLong(14, current.version());
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw usernameTakenOr(e);
            }
        });
    }

    @Override
    public boolean delete(SipEndpoint current) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM sip_endpoint WHERE project_id = ? AND id = ? AND version = ?")) {
                statement.setString(1, current.projectId());
                statement.setString(2, current.id());
                statement.setLong(3, current.version());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public SipEndpointPage page(String projectId, PageRequest request) {
        int size = request.size();
        return database.read(connection -> {
            if (request.cursor().isEmpty()) {
                List<SipEndpoint> found = beyond(connection, projectId, null, true, size + 1);
                return new SipEndpointPage(found.subList(0, Math.min(size, found.size())), found.size() > size, false);
            }
            PageRequest.Cursor cursor = request.cursor().get();
            if (cursor.direction() == PageRequest.Cursor.Direction.OLDER) {
                List<SipEndpoint> found = beyond(connection, projectId, cursor.endpointId(), true, size + 1);
                List<SipEndpoint> page = found.subList(0, Math.min(size, found.size()));
                boolean newer = !page.isEmpty() && !beyond(connection, projectId, page.get(0).id(), false, 1).isEmpty();
                return new SipEndpointPage(page, found.size() > size, newer);
            }
            List<SipEndpoint> found = beyond(connection, projectId, cursor.endpointId(), false, size + 1);
            List<SipEndpoint> page = new ArrayList<>(found.subList(0, Math.min(size, found.size())));
            Collections.reverse(page);
            boolean older = !page.isEmpty()
                    && !beyond(connection, projectId, page.get(page.size() - 1).id(), true, 1).isEmpty();
            return new SipEndpointPage(page, older, found.size() > size);
        });
    }

    /** Up to {@code max} endpoints strictly older ({@code older}) or newer than {@code endpointId}, nearest first. */
    private static List<SipEndpoint> beyond(Connection connection, String projectId, String endpointId, boolean older,
                                            int max) throws SQLException {
        String bound = endpointId == null ? "" : older ? " AND id < ?" : " AND id > ?";
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM sip_endpoint"
                + " WHERE project_id = ?" + bound + " ORDER BY id " + (older ? "DESC" : "ASC") + " LIMIT ?")) {
            int index = 1;
            statement.setString(index++, projectId);
            if (endpointId != null) {
                statement.setString(index++, endpointId);
            }
            statement.setInt(index, max);
            List<SipEndpoint> endpoints = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    endpoints.add(read(rows));
                }
            }
            return endpoints;
        }
    }

    private static RuntimeException usernameTakenOr(SQLException e) {
        if (Database.violatedUniqueConstraint(e).filter(USERNAME_CONSTRAINT::equals).isPresent()) {
            return new SipEndpointUsernameTaken();
        }
        return new PostgresStoreException(e);
    }

    /** Binds the nine settings columns from {@code first} on; enums by constant name, which only the domain defines. */
    private static void bindSettings(Connection connection, PreparedStatement statement, int first,
                                     SipEndpointSettings settings) throws SQLException {
        statement.setString(first, settings.username());
        statement.setString(first + 1, settings.password());
        statement.setString(first + 2, settings.callerId());
        statement.setString(first + 3, settings.sendAs());
        statement.setArray(first + 4, Database.textArray(connection,
                settings.ciphers().stream().map(Cipher::name).toList()));
        statement.setArray(first + 5, Database.textArray(connection,
                settings.codecs().stream().map(Codec::name).toList()));
        statement.setString(first + 6, settings.encryption().name());
        statement.setString(first + 7, settings.callHandler().name());
        statement.setString(first + 8, settings.callingHandlerResourceId());
    }

    private static SipEndpoint read(ResultSet row) throws SQLException {
        SipEndpointSettings settings = new SipEndpointSettings(row.getString(3), row.getString(4), row.getString(5),
                row.getString(6),
                Database.texts(row.getArray(7)).stream().map(c -> stored(Cipher.class, c)).toList(),
                Database.texts(row.getArray(8)).stream().map(c -> stored(Codec.class, c)).toList(),
                stored(Encryption.class, row.getString(9)), stored(CallHandler.class, row.getString(10)),
                row.getString(11));
        return new SipEndpoint(row.getString(1), row.getString(2), settings, Database.instant(row, 12),
                Database.instant(row, 13), row.getLong(14));
    }

    private static <E extends Enum<E>> E stored(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("stored SIP endpoint has " + type.getSimpleName() + " " + value, unknown);
        }
    }
}
