package com.telephony.store.postgresql;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** SignalWire projects and their API tokens (found by hash only). Saves overwrite, as DynamoDB's put does. */
@Singleton
public final class PostgresProjectStore implements ProjectStore {
    private final Database database;

    PostgresProjectStore(Database database) {
        this.database = database;
    }

    @Override
    public void saveProject(Project project) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO project (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")) {
                statement.setString(1, project.id());
                statement.setString(2, project.name());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void saveToken(ProjectToken token) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO project_token (token_hash, project_id)"
                    + " VALUES (?, ?) ON CONFLICT (token_hash) DO UPDATE SET project_id = excluded.project_id")) {
                statement.setString(1, token.tokenHash());
                statement.setString(2, token.projectId());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Project> findProject(String projectId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM project WHERE id = ?")) {
                statement.setString(1, projectId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new Project(projectId, row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<ProjectToken> findToken(String tokenHash) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT project_id FROM project_token WHERE token_hash = ?")) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new ProjectToken(tokenHash, row.getString(1))) : Optional.empty();
                }
            }
        });
    }
}
