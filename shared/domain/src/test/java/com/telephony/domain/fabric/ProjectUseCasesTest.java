package com.telephony.domain.fabric;

import com.telephony.store.memory.InMemoryProjectStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project provisioning and Basic-auth checks over the in-memory project store. */
class ProjectUseCasesTest {
    private final InMemoryProjectStore store = new InMemoryProjectStore();
    private final ProjectProvisioning provisioning = new ProjectProvisioning(store);
    private final ProjectAuthenticator authenticator = new ProjectAuthenticator(store);

    @Test
    void aTokenAuthenticatesOnlyItsOwnProject() {
        Project project = provisioning.createProject("Acme");
        Project other = provisioning.createProject("Other");
        ProjectProvisioning.IssuedToken issued = provisioning.issueToken(project.id());
        String token = issued.plaintext();
        assertTrue(token.matches("PT[0-9a-f]{48}"), token);
        assertFalse(issued.toString().contains(token.substring(2)), "the token never shows in toString");

        assertEquals(new ProjectCaller(project.id()), authenticator.authenticate(project.id(), token));
        assertEquals(new ProjectCaller(project.id()), authenticator.authenticate(project.id().toUpperCase(), token));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(other.id(), token));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(project.id(), token + "x"));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(project.id(), ""));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate("acme", token));
    }

    @Test
    void provisioningChecksItsInput() {
        assertThrows(IllegalArgumentException.class, () -> provisioning.createProject("not-a-uuid", "x"));
        assertThrows(IllegalArgumentException.class, () -> provisioning.createProject("1313fe58-5e14-4c11-bbe7-6fdfa11fe780", " "));
        assertThrows(IllegalArgumentException.class, () -> provisioning.issueToken("1313fe58-5e14-4c11-bbe7-000000000000"));
        Project fixed = provisioning.createProject("1313FE58-5E14-4C11-BBE7-6FDFA11FE780", "Fixed");
        assertEquals("1313fe58-5e14-4c11-bbe7-6fdfa11fe780", fixed.id());
        assertThrows(IllegalArgumentException.class, () -> provisioning.issueToken(fixed.id(), ""));
        assertEquals(new ProjectCaller(fixed.id()),
                authenticator.authenticate(fixed.id(), provisioning.issueToken(fixed.id(), "PTchosen").plaintext()));
    }
}
