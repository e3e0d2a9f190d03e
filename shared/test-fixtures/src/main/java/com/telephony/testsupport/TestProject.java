package com.telephony.testsupport;

import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.ProjectProvisioning;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A provisioned SignalWire project with one API token. */
public record TestProject(String projectId, String token) {
    public static TestProject create(ProjectProvisioning provisioning) {
        Project project = provisioning.createProject("Test project " + System.nanoTime());
        return new TestProject(project.id(), provisioning.issueToken(project.id()).plaintext());
    }

    /** The {@code Authorization} header value: {@code Basic base64(project_id:token)}. */
    public String authorization() {
        return basic(projectId, token);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ProjectCaller caller() {
        return new ProjectCaller(projectId);
    }

    @Override
    public String toString() {
        return "TestProject[" + projectId + "]";
    }
}
