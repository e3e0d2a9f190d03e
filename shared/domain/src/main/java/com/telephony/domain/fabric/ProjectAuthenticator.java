package com.telephony.domain.fabric;

import com.telephony.domain.tenancy.Secrets;

/** Checks a project id and API token pair, looking the token up only by its hash. */
public final class ProjectAuthenticator {
    private final ProjectStore store;

    public ProjectAuthenticator(ProjectStore store) {
        this.store = store;
    }

    /** The token must exist and belong to the project named; anything else is the same failure. */
    public ProjectCaller authenticate(String projectId, String token) {
        String project = Uuids.canonical(projectId).orElseThrow(InvalidProjectCredentials::new);
        if (token == null || token.isEmpty()) {
            throw new InvalidProjectCredentials();
        }
        return store.findToken(Secrets.sha256(token))
                .filter(found -> found.projectId().equals(project))
                .map(found -> new ProjectCaller(found.projectId()))
                .orElseThrow(InvalidProjectCredentials::new);
    }
}
