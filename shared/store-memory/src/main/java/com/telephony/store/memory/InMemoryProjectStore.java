package com.telephony.store.memory;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** SignalWire projects and token hashes in memory; every save replaces, as a DynamoDB put does. */
public final class InMemoryProjectStore implements ProjectStore {
    private final Map<String, Project> projects = new ConcurrentHashMap<>();
    private final Map<String, ProjectToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void saveProject(Project project) {
        projects.put(project.id(), project);
    }

    @Override
    public void saveToken(ProjectToken token) {
        tokens.put(token.tokenHash(), token);
    }

    @Override
    public Optional<Project> findProject(String projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public Optional<ProjectToken> findToken(String tokenHash) {
        return Optional.ofNullable(tokens.get(tokenHash));
    }
}
