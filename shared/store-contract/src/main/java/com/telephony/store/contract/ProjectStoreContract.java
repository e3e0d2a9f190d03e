package com.telephony.store.contract;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.ProjectToken;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link ProjectStore} must do: projects and token hashes round-trip, each token names its project. */
public abstract class ProjectStoreContract {
    protected abstract ProjectStore projects();

    @Test
    void projectsAndTokensRoundTrip() {
        Project project = new Project(UUID.randomUUID().toString(), "Acme");
        Project other = new Project(UUID.randomUUID().toString(), "Other");
        projects().saveProject(project);
        projects().saveProject(other);
        ProjectToken token = new ProjectToken("hash-" + project.id(), project.id());
        projects().saveToken(token);

        assertEquals(Optional.of(project), projects().findProject(project.id()));
        assertEquals(Optional.of(other), projects().findProject(other.id()));
        assertEquals(Optional.of(token), projects().findToken(token.tokenHash()));
        assertEquals(Optional.empty(), projects().findToken("hash-" + other.id()));
        assertEquals(Optional.empty(), projects().findProject(UUID.randomUUID().toString()));

        Project renamed = new Project(project.id(), "Acme Inc");
        projects().saveProject(renamed);
        assertEquals(Optional.of(renamed), projects().findProject(project.id()), "the last save wins");
    }
}
