package com.telephony.domain.fabric;

import java.util.Optional;

/** Port: where SignalWire projects and their API tokens live. */
public interface ProjectStore {
    void saveProject(Project project);

    void saveToken(ProjectToken token);

    Optional<Project> findProject(String projectId);

    Optional<ProjectToken> findToken(String tokenHash);
}
