package com.telephony.store.postgresql;

import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.ClientCredentials;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.RefreshToken;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;

/**
 * Client secrets and refresh tokens, by hash only (docs/oauth.md). An exchange is one transaction: the spent refresh
 * token's row deleted, and only if that deleted a row, the new access and refresh tokens written. The DELETE takes
 * the row lock, so of two concurrent exchanges of one token the second waits, finds the row gone and writes nothing.
 */
@Singleton
public final class PostgresOAuthStore implements OAuthStore {
    private final Database database;

    PostgresOAuthStore(Database database) {
        this.database = database;
    }

    @Override
    public void saveClientCredentials(ClientCredentials credentials) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO oauth_client (client_id, portal_id, secret_hash) VALUES (?, ?, ?)
                    ON CONFLICT (client_id) DO UPDATE SET portal_id = excluded.portal_id,
                        secret_hash = excluded.secret_hash""")) {
                statement.setString(1, credentials.clientId());
                statement.setString(2, credentials.portalId());
                statement.setString(3, credentials.secretHash());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ClientCredentials> findClientCredentials(String clientId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT portal_id, secret_hash FROM oauth_client WHERE client_id = ?")) {
                statement.setString(1, clientId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new ClientCredentials(clientId, row.getString(1), row.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveRefreshToken(RefreshToken token) {
        database.write(connection -> {
            saveRefreshToken(connection, token);
            return null;
        });
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT portal_id, client_id, user_id, scopes, expires_at FROM refresh_token WHERE token_hash = ?")) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new RefreshToken(tokenHash, row.getString(1), row.getString(2),
                            row.getLong(3), new HashSet<>(Database.texts(row.getArray(4))), Database.instant(row, 5)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean exchange(RefreshToken spent, AccessToken access, RefreshToken next) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM refresh_token WHERE token_hash = ?")) {
                statement.setString(1, spent.tokenHash());
                if (statement.executeUpdate() == 0) {
                    return false; // spent already (by a concurrent exchange): nothing is written
                }
            }
            PostgresTenancyStore.saveAccessToken(connection, access);
            saveRefreshToken(connection, next);
            return true;
        });
    }

    /** Also removes refresh tokens expired for more than a day ({@link ExpiredTokens}). */
    private static void saveRefreshToken(Connection connection, RefreshToken token) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO refresh_token (token_hash, portal_id, client_id, user_id, scopes, expires_at)
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
        ExpiredTokens.purge(connection, ExpiredTokens.Table.REFRESH_TOKEN);
    }
}
