package com.telephony.store.postgresql;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineRules;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.SipLineType;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SIP lines in table {@code sip_line}. The invariants are the database's:
 * <ul>
 *   <li>the cloud-line limit: the add transaction first increments the portal's {@code cloud_line_count} row only
 *   while it is under the limit; that UPDATE holds the row's lock until commit, so concurrent cloud adds of a portal
 *   queue on it and each sees the count the previous one committed (READ COMMITTED re-checks the condition on the
 *   newest row version);</li>
 *   <li>unique titles: a unique index on {@code (portal_id, title_key)}; a concurrent insert of the same key waits for
 *   the first transaction and then fails;</li>
 *   <li>no lost updates: an update writes only the changed columns, and a write that depends on the title read is
 *   conditioned on it ({@code WHERE title = ?}), as on DynamoDB.</li>
 * </ul>
 * The cloud limit is checked before the title because the counter UPDATE runs before the INSERT (Bitrix24's order).
 */
@Singleton
public final class PostgresSipLineStore implements SipLineStore {
    private static final String TITLE_INDEX = "sip_line_title";
    private static final String COLUMNS = "portal_id, app_id, config_id, id, type, reg_id, title, server, login, "
            + "password, incoming_server, incoming_login, incoming_password, auth_user, outbound_proxy, "
            + "detect_line_number, line_detect_header_order, registration_status_code, registration_error_message";

    private final Database database;

    PostgresSipLineStore(Database database) {
        this.database = database;
    }

    /**
     * One row per portal holds the three counters. Reading the next identifiers claims nothing: only the
     * {@link #insert} that stores a line with them moves the counters.
     */
    @Override
    public SipLineIds allocateIds(String portalId, boolean cloud) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT line_id, config_id, reg_id FROM sip_line_sequence WHERE portal_id = ?")) {
                statement.setString(1, portalId);
                try (ResultSet row = statement.executeQuery()) {
                    boolean found = row.next();
                    long lineId = found ? row.getLong(1) : 0;
                    long configId = found ? row.getLong(2) : 0;
                    long regId = found ? row.getLong(3) : 0;
                    return new SipLineIds(lineId + 1, configId + 1, cloud ? SipLineIds.REG_ID_BASE + regId + 1 : null);
                }
            }
        });
    }

    /**
     * One transaction, checks in the order Bitrix24 reports them: the identifiers claimed (the counters moved up to
     * them only if still below; the row lock makes a concurrent claim of the same ids wait and then fail), the cloud
     * slot taken, the line inserted. Any refusal rolls everything back, so a refused add uses no id up.
     */
    @Override
    public void insert(SipLine line, int cloudLimit) {
        database.write(connection -> {
            if (!claimIds(connection, line)) {
                throw new ConcurrentAllocation();
            }
            if (line.isCloud() && !takeCloudSlot(connection, line.owner().portalId(), cloudLimit)) {
                throw new CloudLineLimitReached(cloudLimit);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO sip_line (" + COLUMNS + ", title_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(statement, line);
                statement.setString(20, SipLineRules.titleKey(line.title()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                Optional<String> violated = Database.violatedUniqueConstraint(e);
                if (violated.filter(TITLE_INDEX::equals).isPresent()) {
                    throw new SipLineTitleTaken();
                }
                if (violated.isPresent()) {
                    throw new ConcurrentAllocation(); // a key already stored: the identifiers were taken
                }
                throw e;
            }
        });
    }

    /** Moves the portal's counters to the line's identifiers if they are all still below them. */
    private static boolean claimIds(Connection connection, SipLine line) throws SQLException {
        boolean withReg = line.regId() != null;
        long reg = withReg ? line.regId() - SipLineIds.REG_ID_BASE : 0;
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO sip_line_sequence AS s (portal_id, line_id, config_id, reg_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (portal_id) DO UPDATE SET line_id = excluded.line_id, config_id = excluded.config_id,
                    reg_id = CASE WHEN ? THEN excluded.reg_id ELSE s.reg_id END
                WHERE s.line_id < excluded.line_id AND s.config_id < excluded.config_id
                    AND (NOT ? OR s.reg_id < excluded.reg_id)""")) {
            statement.setString(1, line.owner().portalId());
            statement.setLong(2, line.id());
            statement.setLong(3, line.configId());
            statement.setLong(4, reg);
            statement.setBoolean(5, withReg);
            statement.setBoolean(6, withReg);
            return statement.executeUpdate() == 1;
        }
    }

    /** Counts the line in, if the portal is under the limit; the row stays locked until the add commits. */
    private static boolean takeCloudSlot(Connection connection, String portalId, int cloudLimit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO cloud_line_count AS c (portal_id, lines) VALUES (?, 1)
                ON CONFLICT (portal_id) DO UPDATE SET lines = c.lines + 1 WHERE c.lines < ?""")) {
            statement.setString(1, portalId);
            statement.setInt(2, cloudLimit);
            return cloudLimit > 0 && statement.executeUpdate() == 1;
        }
    }

    @Override
    public Optional<SipLine> find(LineOwner owner, long configId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sip_line WHERE portal_id = ? AND app_id = ? AND config_id = ?")) {
                statement.setString(1, owner.portalId());
                statement.setString(2, owner.applicationId());
                statement.setLong(3, configId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
        if (configIds.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM sip_line"
                    + " WHERE portal_id = ? AND app_id = ? AND config_id BETWEEN ? AND ? ORDER BY config_id")) {
                statement.setString(1, owner.portalId());
                statement.setString(2, owner.applicationId());
                statement.setLong(3, configIds.from());
                statement.setLong(4, configIds.to());
                List<SipLine> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lines.add(read(rows));
                    }
                }
                return lines;
            }
        });
    }

    @Override
    public boolean update(SipLine current, SipLineChange change) {
        List<String> assignments = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (change.title() != null) {
            assignments.add("title = ?");
            values.add(change.title());
            assignments.add("title_key = ?");
            values.add(SipLineRules.titleKey(change.title()));
        }
        if (change.server() != null) {
            assignments.add("server = ?");
            values.add(change.server());
        }
        if (change.login() != null) {
            assignments.add("login = ?");
            values.add(change.login());
        }
        if (change.password() != null) {
            assignments.add("password = ?");
            values.add(change.password());
        }
        if (change.resetsRegistration()) {
            assignments.add("registration_status_code = 0");
        }
        if (assignments.isEmpty()) {
            return find(current.owner(), current.configId()).isPresent();
        }
        // Any title write depends on the title read: a same-key rewrite racing a move would otherwise overwrite it.
        String sql = "UPDATE sip_line SET " + String.join(", ", assignments)
                + " WHERE portal_id = ? AND app_id = ? AND config_id = ?"
                + (change.title() != null ? " AND title = ?" : "");
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : values) {
                    statement.setString(index++, value);
                }
                statement.setString(index++, current.owner().portalId());
                statement.setString(index++, current.owner().applicationId());
                statement.setLong(index++, current.configId());
                if (change.title() != null) {
                    statement.setString(index, current.title());
                }
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (Database.violatedUniqueConstraint(e).filter(TITLE_INDEX::equals).isPresent()) {
                    throw new SipLineTitleTaken();
                }
                throw e;
            }
        });
    }

    /** The title guard and REG_ID pointer are the row itself; the cloud slot is given back in the same transaction. */
    @Override
    public boolean delete(SipLine current) {
        return database.write(connection -> {
            String type;
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sip_line"
                    + " WHERE portal_id = ? AND app_id = ? AND config_id = ? AND title = ? RETURNING type")) {
                statement.setString(1, current.owner().portalId());
                statement.setString(2, current.owner().applicationId());
                statement.setLong(3, current.configId());
                statement.setString(4, current.title());
                try (ResultSet deleted = statement.executeQuery()) {
                    if (!deleted.next()) {
                        return false;
                    }
                    type = deleted.getString(1);
                }
            }
            if (SipLineType.CLOUD.name().equalsIgnoreCase(type)) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE cloud_line_count SET lines = lines - 1 WHERE portal_id = ?")) {
                    statement.setString(1, current.owner().portalId());
                    statement.executeUpdate();
                }
            }
            return true;
        });
    }

    @Override
    public Optional<SipLine> findByRegistration(String portalId, long regId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sip_line WHERE portal_id = ? AND reg_id = ?")) {
                statement.setString(1, portalId);
                statement.setLong(2, regId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE sip_line"
                    + " SET registration_status_code = ?, registration_error_message = ?"
                    + " WHERE portal_id = ? AND app_id = ? AND config_id = ?")) {
                statement.setInt(1, statusCode);
                statement.setString(2, errorMessage);
                statement.setString(3, line.owner().portalId());
                statement.setString(4, line.owner().applicationId());
                statement.setLong(5, line.configId());
                return statement.executeUpdate() == 1;
            }
        });
    }

    private static void bind(PreparedStatement statement, SipLine line) throws SQLException {
        statement.setString(1, line.owner().portalId());
        statement.setString(2, line.owner().applicationId());
        statement.setLong(3, line.configId());
        statement.setLong(4, line.id());
        statement.setString(5, line.type() == SipLineType.CLOUD ? "cloud" : "office");
        setLong(statement, 6, line.regId());
        statement.setString(7, line.title());
        statement.setString(8, line.server());
        statement.setString(9, line.login());
        statement.setString(10, line.password());
        statement.setString(11, line.incomingServer());
        statement.setString(12, line.incomingLogin());
        statement.setString(13, line.incomingPassword());
        statement.setString(14, line.authUser());
        statement.setString(15, line.outboundProxy());
        statement.setString(16, line.detectLineNumber());
        statement.setString(17, line.lineDetectHeaderOrder());
        if (line.registrationStatusCode() == null) {
            statement.setNull(18, Types.INTEGER);
        } else {
            statement.setInt(18, line.registrationStatusCode());
        }
        statement.setString(19, line.registrationErrorMessage());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static SipLine read(ResultSet row) throws SQLException {
        long regId = row.getLong(6);
        Long reg = row.wasNull() ? null : regId;
        int status = row.getInt(18);
        Integer registrationStatus = row.wasNull() ? null : status;
        return new SipLine(new LineOwner(row.getString(1), row.getString(2)), row.getLong(4), row.getLong(3),
                "cloud".equals(row.getString(5)) ? SipLineType.CLOUD : SipLineType.OFFICE, reg, row.getString(7),
                row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                row.getString(13), row.getString(14), row.getString(15), row.getString(16), row.getString(17),
                registrationStatus, row.getString(19));
    }
}
