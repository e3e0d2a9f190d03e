package com.telephony.store.postgresql;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.ConcurrentAllocation;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * External lines in table {@code external_line}, keyed by owner and number. Each write is one statement whose
 * outcome decides: insert-unless-present ({@code ON CONFLICT DO NOTHING}, the primary key makes the number unique per
 * application), update-if-present and delete-if-present ({@code RETURNING}), so a concurrent delete can never be
 * undone by an update that read the line before it.
 */
@Singleton
public final class PostgresExternalLineStore implements ExternalLineStore {
    private static final String COLUMNS = "portal_id, app_id, id, number, name, crm_auto_create";
    private static final String YES = "Y";

    private final Database database;

    PostgresExternalLineStore(Database database) {
        this.database = database;
    }

    /**
     * A counter row of its own, apart from the SIP sequences, so the two kinds of line never contend. Reading the
     * next id claims nothing: only the {@link #insert} that stores a line with it moves the counter.
     */
    @Override
    public long allocateId(String portalId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT line_id FROM external_line_sequence WHERE portal_id = ?")) {
                statement.setString(1, portalId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getLong(1) + 1 : 1;
                }
            }
        });
    }

    /**
     * One transaction: the id claimed by moving the portal's counter up to it only if it is still below it (the row
     * lock makes a concurrent claim of the same id wait and then fail), then the line inserted; a refusal of either
     * rolls both back, so a refused add uses no id up.
     */
    @Override
    public void insert(ExternalLine line) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO external_line_sequence AS s (portal_id, line_id) VALUES (?, ?)
                    ON CONFLICT (portal_id) DO UPDATE SET line_id = excluded.line_id
                    WHERE s.line_id < excluded.line_id""")) {
                statement.setString(1, line.owner().portalId());
                statement.setLong(2, line.id());
                if (statement.executeUpdate() == 0) {
                    throw new ConcurrentAllocation();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO external_line (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (portal_id, app_id, number) DO NOTHING")) {
                statement.setString(1, line.owner().portalId());
                statement.setString(2, line.owner().applicationId());
                statement.setLong(3, line.id());
                statement.setString(4, line.number());
                statement.setString(5, line.name());
                statement.setString(6, flag(line.crmAutoCreate()));
                if (statement.executeUpdate() == 0) {
                    throw new ExternalLineExists();
                }
                return null;
            }
        });
    }

    @Override
    public Optional<ExternalLine> find(ExternalLineOwner owner, String number) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM external_line WHERE portal_id = ? AND app_id = ? AND number = ?")) {
                statement.setString(1, owner.portalId());
                statement.setString(2, owner.applicationId());
                statement.setString(3, number);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Ids grow with creation, so id order is creation order (Bitrix24's database order). */
    @Override
    public List<ExternalLine> list(ExternalLineOwner owner) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM external_line WHERE portal_id = ? AND app_id = ? ORDER BY id")) {
                statement.setString(1, owner.portalId());
                statement.setString(2, owner.applicationId());
                List<ExternalLine> lines = new ArrayList<>();
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
    public ExternalLine update(ExternalLineOwner owner, String number, String name, Boolean crmAutoCreate) {
        Optional<ExternalLine> updated = database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE external_line"
                    + " SET name = COALESCE(?, name), crm_auto_create = COALESCE(?, crm_auto_create)"
                    + " WHERE portal_id = ? AND app_id = ? AND number = ? RETURNING " + COLUMNS)) {
                statement.setString(1, name);
                statement.setString(2, crmAutoCreate == null ? null : flag(crmAutoCreate));
                statement.setString(3, owner.portalId());
                statement.setString(4, owner.applicationId());
                statement.setString(5, number);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
        return updated.orElseThrow(() -> new ExternalLineNotFound(number));
    }

    @Override
    public void delete(ExternalLineOwner owner, String number) {
        int deleted = database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM external_line WHERE portal_id = ? AND app_id = ? AND number = ?")) {
                statement.setString(1, owner.portalId());
                statement.setString(2, owner.applicationId());
                statement.setString(3, number);
                return statement.executeUpdate();
            }
        });
        if (deleted == 0) {
            throw new ExternalLineNotFound(number);
        }
    }

    /** Stored as {@code 'Y'} or {@code 'N'}, as the DynamoDB adapter stores it (docs/storage.md). */
    private static String flag(boolean on) {
        return on ? YES : "N";
    }

    private static ExternalLine read(ResultSet row) throws SQLException {
        return new ExternalLine(new ExternalLineOwner(row.getString(1), row.getString(2)), row.getLong(3),
                row.getString(4), row.getString(5), YES.equals(row.getString(6)));
    }
}
