package com.telephony.store.postgresql;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.TenancyStore;
import com.telephony.domain.tenancy.Webhook;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;

/**
 * Portals, users, applications and credentials. Saves overwrite (as DynamoDB's put does); credentials are found by
 * their hash only, which is the primary key.
 */
@Singleton
public final class PostgresTenancyStore implements TenancyStore {
    private final Database database;

    PostgresTenancyStore(Database database) {
        this.database = database;
    }

    @Override
    public void savePortal(Portal portal) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO portal (id, domain, member_id, slug, zone) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET domain = excluded.domain, member_id = excluded.member_id,
                        slug = excluded.slug, zone = excluded.zone""")) {
                statement.setString(1, portal.id());
                statement.setString(2, portal.domain());
                statement.setString(3, portal.memberId());
                statement.setString(4, portal.slug());
                statement.setString(5, portal.zone().getId());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void saveUser(PortalUser user) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO portal_user (portal_id, id, name, admin, can_modify_lines) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (portal_id, id) DO UPDATE SET name = excluded.name, admin = excluded.admin,
                        can_modify_lines = excluded.can_modify_lines""")) {
                statement.setString(1, user.portalId());
                statement.setLong(2, user.id());
                statement.setString(3, user.name());
                statement.setBoolean(4, user.admin());
                statement.setBoolean(5, user.canModifyLines());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void saveApplication(Application application) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO application (portal_id, client_id, name, scopes) VALUES (?, ?, ?, ?)
                    ON CONFLICT (portal_id, client_id) DO UPDATE SET name = excluded.name, scopes = excluded.scopes""")) {
                statement.setString(1, application.portalId());
                statement.setString(2, application.clientId());
                statement.setString(3, application.name());
                statement.setArray(4, Database.textArray(connection, application.scopes()));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void saveWebhook(Webhook webhook) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO webhook (code_hash, portal_id, user_id, scopes) VALUES (?, ?, ?, ?)
                    ON CONFLICT (code_hash) DO UPDATE SET portal_id = excluded.portal_id, user_id = excluded.user_id,
                        scopes = excluded.scopes""")) {
                statement.setString(1, webhook.codeHash());
                statement.setString(2, webhook.portalId());
                statement.setLong(3, webhook.userId());
                statement.setArray(4, Database.textArray(connection, webhook.scopes()));
                return statement.executeUpdate();
            }
        });
    }

    /** Also removes access tokens expired for more than a day ({@link ExpiredTokens}). */
    @Override
    public void saveAccessToken(AccessToken token) {
        database.write(connection -> {
            saveAccessToken(connection, token);
            return null;
        });
    }

    /** Within the caller's transaction: the OAuth store's exchange writes the access token with the refresh token. */
    static void saveAccessToken(Connection connection, AccessToken token) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO access_token (token_hash, portal_id, client_id, user_id, scopes, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (token_hash) DO UPDATE SET portal_id = excluded.portal_id,
                    client_id = excluded.client_id, user_id = excluded.user_id, scopes = excluded.scopes,
                    expires_at = excluded.expires_at""")) {
            statement.setString(1, token.tokenHash());
            statement.setString(2, token.portalId());
            statement.setString(3, token.clientId());
            statement.setLong(4, token.userId());
            statement.setArray(5, Database.textArray(connection, token.scopes()));
            Database.setInstant(statement, 6, token.expiresAt());
            statement.executeUpdate();
        }
        ExpiredTokens.purge(connection, ExpiredTokens.Table.ACCESS_TOKEN);
    }

    @Override
    public Optional<Portal> findPortal(String portalId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, domain, member_id, slug, zone FROM portal WHERE id = ?")) {
                statement.setString(1, portalId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Portal(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), ZoneId.of(row.getString(5))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<PortalUser> findUser(String portalId, long userId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, admin, can_modify_lines FROM portal_user WHERE portal_id = ? AND id = ?")) {
                statement.setString(1, portalId);
                statement.setLong(2, userId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new PortalUser(portalId, userId, row.getString(1), row.getBoolean(2),
                            row.getBoolean(3)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Application> findApplication(String portalId, String clientId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, scopes FROM application WHERE portal_id = ? AND client_id = ?")) {
                statement.setString(1, portalId);
                statement.setString(2, clientId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Application(portalId, clientId, row.getString(1),
                            new HashSet<>(Database.texts(row.getArray(2)))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Webhook> findWebhook(String codeHash) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT portal_id, user_id, scopes FROM webhook WHERE code_hash = ?")) {
                statement.setString(1, codeHash);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Webhook(codeHash, row.getString(1), row.getLong(2),
                            new HashSet<>(Database.texts(row.getArray(3)))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<AccessToken> findAccessToken(String tokenHash) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT portal_id, client_id, user_id, scopes, expires_at FROM access_token WHERE token_hash = ?")) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new AccessToken(tokenHash, row.getString(1), row.getString(2), row.getLong(3),
                            new HashSet<>(Database.texts(row.getArray(4))), Database.instant(row, 5)))
                            : Optional.empty();
                }
            }
        });
    }
}
