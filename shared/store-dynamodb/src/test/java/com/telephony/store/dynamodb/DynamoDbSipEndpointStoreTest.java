package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import com.telephony.domain.fabric.Uuids;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only the DynamoDB adapter can show, on a real engine: the username guard items it writes, moves and frees.
 * The behaviour every SIP endpoint store shares is {@link DynamoDbStoreContractTest}'s.
 */
class DynamoDbSipEndpointStoreTest {
    private static final Instant T0 = Instant.parse("2024-05-06T12:20:00Z");

    private static DynamoDbClient client;
    private static String table;
    private static DynamoDbSipEndpointStore store;

    @BeforeAll
    static void createTable() {
        TestDynamoDb engine = TestDynamoDb.get();
        client = engine.client();
        table = engine.uniqueTableName("sip-endpoints");
        client.createTable(TableLayout.createTableRequest(table));
        client.waiter().waitUntilTableExists(request -> request.tableName(table));
        store = new DynamoDbSipEndpointStore(client, new TelephonyTable(table));
    }

    private static SipEndpointSettings settings(String username) {
        return new SipEndpointSettings(username, "pw", "", "", List.of(Cipher.values()), List.of(Codec.OPUS),
                Encryption.DEFAULT, CallHandler.DEFAULT, null);
    }

    private static SipEndpoint endpoint(String project, String username, Instant at) {
        return new SipEndpoint(project, Uuids.timeOrdered(at), settings(username), at, at, 1);
    }

    private static SipEndpoint next(SipEndpoint current, SipEndpointSettings settings) {
        return new SipEndpoint(current.projectId(), current.id(), settings, current.createdAt(),
                current.updatedAt().plusSeconds(1), current.version() + 1);
    }

    private static List<String> guards(String project) {
        return client.query(request -> request.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :user)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PROJECT#" + project),
                                ":user", AttributeValue.fromS("USER#"))))
                .items().stream().map(item -> item.get("sk").s() + "=" + item.get("endpointId").s()).sorted().toList();
    }

    @Test
    void aStaleReplaceOrDeleteIsRefusedAndChangesNothing() {
        String project = UUID.randomUUID().toString();
        SipEndpoint original = endpoint(project, "stale", T0);
        store.insert(original);
        SipEndpoint first = next(original, settings("stale-renamed"));
        assertTrue(store.replace(original, first));

        assertFalse(store.replace(original, next(original, settings("other"))), "version 1 is gone");
        assertFalse(store.delete(original));
        assertEquals(Optional.of(first), store.find(project, original.id()));
        assertEquals(List.of("USER#stale-renamed=" + original.id()), guards(project), "the guard moved with the rename");

        assertTrue(store.delete(first));
        assertEquals(Optional.empty(), store.find(project, original.id()));
        assertEquals(List.of(), guards(project));
    }

    @Test
    void aRenameOntoATakenUsernameChangesNothing() {
        String project = UUID.randomUUID().toString();
        SipEndpoint a = endpoint(project, "a", T0);
        SipEndpoint b = endpoint(project, "b", T0.plusMillis(1));
        store.insert(a);
        store.insert(b);
        assertThrows(SipEndpointUsernameTaken.class, () -> store.replace(a, next(a, settings("b"))));
        assertThrows(SipEndpointUsernameTaken.class, () -> store.insert(endpoint(project, "a", T0.plusMillis(2))));
        assertEquals(Optional.of(a), store.find(project, a.id()));
        assertEquals(List.of("USER#a=" + a.id(), "USER#b=" + b.id()), guards(project));
        store.insert(endpoint(UUID.randomUUID().toString(), "a", T0));
    }

}
