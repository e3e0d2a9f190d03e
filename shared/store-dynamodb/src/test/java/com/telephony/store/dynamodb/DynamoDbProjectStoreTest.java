package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.InvalidProjectCredentials;
import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projects and API tokens on a real engine, with the authenticator that reads them. */
class DynamoDbProjectStoreTest {
    private static DynamoDbClient client;
    private static String table;
    private static ProjectProvisioning provisioning;
    private static ProjectAuthenticator authenticator;

    @BeforeAll
    static void createTable() {
        TestDynamoDb engine = TestDynamoDb.get();
        client = engine.client();
        table = engine.uniqueTableName("projects");
        client.createTable(TableLayout.createTableRequest(table));
        client.waiter().waitUntilTableExists(request -> request.tableName(table));
        DynamoDbProjectStore store = new DynamoDbProjectStore(client, new TelephonyTable(table));
        provisioning = new ProjectProvisioning(store);
        authenticator = new ProjectAuthenticator(store);
    }

    @Test
    void aTokenAuthenticatesOnlyItsOwnProject() {
        Project project = provisioning.createProject("Acme");
        Project other = provisioning.createProject("Other");
        String token = provisioning.issueToken(project.id()).plaintext();
        assertTrue(token.matches("PT[0-9a-f]{48}"), token);

        assertEquals(new ProjectCaller(project.id()), authenticator.authenticate(project.id(), token));
        assertEquals(new ProjectCaller(project.id()), authenticator.authenticate(project.id().toUpperCase(), token));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(other.id(), token));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(project.id(), token + "x"));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate(project.id(), ""));
        assertThrows(InvalidProjectCredentials.class, () -> authenticator.authenticate("acme", token));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        Project project = provisioning.createProject("Hashing");
        String token = provisioning.issueToken(project.id()).plaintext();
        boolean leaked = client.scanPaginator(request -> request.tableName(table)).items().stream()
                .anyMatch(item -> item.toString().contains(token.substring(2, 12)));
        assertFalse(leaked, "no stored item holds the token or a part of it");
    }

    @Test
    void provisioningChecksItsInput() {
        assertThrows(IllegalArgumentException.class, () -> provisioning.createProject("not-a-uuid", "x"));
        assertThrows(IllegalArgumentException.class, () -> provisioning.issueToken("1313fe58-5e14-4c11-bbe7-000000000000"));
        Project fixed = provisioning.createProject("1313FE58-5E14-4C11-BBE7-6FDFA11FE780", "Fixed");
        assertEquals("1313fe58-5e14-4c11-bbe7-6fdfa11fe780", fixed.id());
        assertEquals(new ProjectCaller(fixed.id()), authenticator.authenticate(fixed.id(),
                provisioning.issueToken(fixed.id(), "PTchosen").plaintext()));
    }
}
