package com.telephony.domain.fabric;

import com.telephony.domain.tenancy.Secrets;

import java.util.UUID;

/**
 * Creates SignalWire projects and API tokens (provisioning CLI, local API). A plaintext token is returned exactly
 * once, to be shown to the operator; only its hash is stored.
 */
public final class ProjectProvisioning {
    private final ProjectStore store;

    public ProjectProvisioning(ProjectStore store) {
        this.store = store;
    }

    /** A token as issued: the plaintext is for the operator's eyes only, so it never appears in {@code toString}. */
    public record IssuedToken(ProjectToken token, String plaintext) {
        @Override
        public String toString() {
            return "IssuedToken[project=" + token.projectId() + "]";
        }
    }

    public Project createProject(String name) {
        return createProject(UUID.randomUUID().toString(), name);
    }

    /** With a chosen id, e.g. for the local development project that README examples name. */
    public Project createProject(String projectId, String name) {
        String id = Uuids.canonical(projectId)
                .orElseThrow(() -> new IllegalArgumentException("a project id is a UUID, not " + projectId));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        Project project = new Project(id, name.trim());
        store.saveProject(project);
        return project;
    }

    /** SignalWire API tokens look like {@code PT} followed by 48 hex digits (192 random bits). */
    public IssuedToken issueToken(String projectId) {
        return issueToken(projectId, "PT" + Secrets.randomHex(24));
    }

    /** With a chosen token: only for local development, where printed examples must keep working. */
    public IssuedToken issueToken(String projectId, String plaintext) {
        String id = Uuids.canonical(projectId)
                .orElseThrow(() -> new IllegalArgumentException("a project id is a UUID, not " + projectId));
        if (store.findProject(id).isEmpty()) {
            throw new IllegalArgumentException("no project " + id);
        }
        if (plaintext == null || plaintext.isBlank()) {
            throw new IllegalArgumentException("a token must not be empty");
        }
        ProjectToken token = new ProjectToken(Secrets.sha256(plaintext), id);
        store.saveToken(token);
        return new IssuedToken(token, plaintext);
    }
}
