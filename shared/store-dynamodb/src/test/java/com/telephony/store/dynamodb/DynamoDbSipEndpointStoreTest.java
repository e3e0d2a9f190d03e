package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.FieldInput;
import com.telephony.domain.fabric.PageRequest;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointFields;
import com.telephony.domain.fabric.SipEndpointPage;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import com.telephony.domain.fabric.Uuids;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
        store = new DynamoDbSipEndpointStore(client, DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(),
                new TelephonyTable(table));
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


    @Test
    void updatesMoveUpdatedAtButNeverCreatedAt() {
        String project = UUID.randomUUID().toString();
        SteppingClock clock = new SteppingClock(T0);
        SipEndpointService service = new SipEndpointService(store, clock);
        ProjectCaller caller = new ProjectCaller(project);
        SipEndpoint created = service.create(caller, fields("clocked"));
        assertEquals(T0, created.createdAt());
        assertEquals(T0, created.updatedAt());
        assertEquals(T0.toEpochMilli(), UUID.fromString(created.id()).getMostSignificantBits() >>> 16,
                "the id tells the creation time");

        clock.now = T0.plusSeconds(90);
        SipEndpoint updated = service.update(caller, created.id(), fields(null));
        assertEquals(T0, updated.createdAt());
        assertEquals(T0.plusSeconds(90), updated.updatedAt());
        assertEquals(2, updated.version());

        clock.now = T0.plusSeconds(30);
        assertEquals(T0.plusSeconds(90), service.update(caller, created.id(), fields(null)).updatedAt(),
                "a clock behind the stored time never moves updated_at back");
        assertEquals(T0, service.get(caller, created.id()).createdAt());
    }

    private static SipEndpointFields fields(String username) {
        FieldInput<String> absent = FieldInput.absent();
        return new SipEndpointFields(username == null ? absent : FieldInput.of(username),
                username == null ? absent : FieldInput.of("pw"), absent, absent, FieldInput.absent(), FieldInput.absent(),
                absent, absent, username == null ? FieldInput.nullValue() : absent);
    }

    private static PageRequest after(String id, int size) {
        return new PageRequest(size, Optional.of(new PageRequest.Cursor(PageRequest.Cursor.Direction.OLDER, id)));
    }

    private static PageRequest before(String id, int size) {
        return new PageRequest(size, Optional.of(new PageRequest.Cursor(PageRequest.Cursor.Direction.NEWER, id)));
    }

    private static List<String> ids(SipEndpointPage page) {
        return page.endpoints().stream().map(SipEndpoint::id).toList();
    }

    /** A clock the test moves by hand: no sleeping, no timing. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
