package com.telephony.store.dynamodb;

import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.SipLineType;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.testing.TestDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
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

/** The SIP line store's reads and conditional writes on a real DynamoDB engine. */
class DynamoDbSipLineStoreTest {
    private static DynamoDbClient client;
    private static String table;
    private static DynamoDbSipLineStore store;
    private static DynamoDbSipConnectorStore connectors;

    @BeforeAll
    static void createTable() {
        TestDynamoDb engine = TestDynamoDb.get();
        client = engine.client();
        table = engine.uniqueTableName("sip-line-store");
        client.createTable(TableLayout.createTableRequest(table));
        client.waiter().waitUntilTableExists(request -> request.tableName(table));
        store = new DynamoDbSipLineStore(client, DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(),
                new TelephonyTable(table));
        connectors = new DynamoDbSipConnectorStore(client, new TelephonyTable(table));
    }

    private static LineOwner owner(String app) {
        return new LineOwner("portal-" + UUID.randomUUID(), app);
    }

    private static SipLine line(LineOwner owner, long configId, SipLineType type, String title) {
        boolean cloud = type == SipLineType.CLOUD;
        return new SipLine(owner, configId, configId, type, cloud ? 150_000 + configId : null, title, "s", "l", "pw",
                cloud ? null : "ip.x.bitrixphone.com", cloud ? null : "sip" + configId, cloud ? null : "0".repeat(32),
                null, null, "N", "diversion;to", cloud ? null : 0, null);
    }

    private static Optional<Map<String, AttributeValue>> item(String pk, String sk) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Attributes.key(pk, sk))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    @Test
    void listReadsOnlyTheOwnersLinesWithinTheConfigIdBounds() {
        LineOwner owner = owner("app");
        LineOwner neighbour = new LineOwner(owner.portalId(), "other.app");
        for (long id = 1; id <= 12; id++) {
            store.insert(line(id % 2 == 0 ? owner : neighbour, id, SipLineType.OFFICE, ""), 10);
        }
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L, 12L), ids(store.list(owner, ConfigIdRange.ALL)));
        assertEquals(List.of(4L, 6L), ids(store.list(owner, new ConfigIdRange(3, 7))));
        assertEquals(List.of(10L, 12L), ids(store.list(owner, new ConfigIdRange(10, Long.MAX_VALUE))),
                "bounds past the key width are clamped, not overflowed");
        assertEquals(List.of(), store.list(owner, new ConfigIdRange(Long.MIN_VALUE, 0)));
        assertEquals(List.of(), store.list(owner("app"), ConfigIdRange.ALL), "another portal's partition is empty");
    }

    private static List<Long> ids(List<SipLine> lines) {
        return lines.stream().map(SipLine::configId).toList();
    }

    @Test
    void aTitleChangeMovesTheGuardOnlyIfTheTitleIsStillTheOneRead() {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.OFFICE, "First");
        store.insert(line, 10);
        String portal = Keys.portal(owner.portalId());

        assertTrue(store.update(line, new SipLineChange("Second", null, null, null)));
        assertTrue(item(portal, Keys.title("second")).isPresent());
        assertFalse(item(portal, Keys.title("first")).isPresent());

        assertFalse(store.update(line, new SipLineChange("Third", null, null, null)), "stale: the title is no longer First");
        assertFalse(store.update(line, new SipLineChange("FIRST", null, null, null)), "a same-key rewrite of a stale title too");
        assertFalse(item(portal, Keys.title("third")).isPresent());
        assertEquals("Second", store.find(owner, 1).orElseThrow().title());

        SipLine other = line(owner, 2, SipLineType.OFFICE, "Other");
        store.insert(other, 10);
        SipLine current = store.find(owner, 1).orElseThrow();
        assertThrows(SipLineTitleTaken.class, () -> store.update(current, new SipLineChange(" other ", null, null, null)));
        assertEquals("Second", store.find(owner, 1).orElseThrow().title());
    }

    @Test
    void anUpdateWritesOnlyTheChangedAttributes() {
        LineOwner owner = owner("");
        SipLine line = line(owner, 1, SipLineType.CLOUD, "");
        store.insert(line, 10);
        store.recordRegistration(line, 200, "");
        // A stale copy: whatever else it says must not be written back.
        SipLine stale = line(owner, 1, SipLineType.CLOUD, "");
        assertTrue(store.update(stale, new SipLineChange(null, null, "new-login", null)));
        SipLine stored = store.find(owner, 1).orElseThrow();
        assertEquals("new-login", stored.login());
        assertEquals("s", stored.server());
        assertEquals(0, stored.registrationStatusCode(), "a login change resets the registration");
        assertEquals("", stored.registrationErrorMessage());

        store.recordRegistration(stored, 200, "");
        assertTrue(store.update(stored, new SipLineChange("Titled", null, null, null)));
        assertEquals(200, store.find(owner, 1).orElseThrow().registrationStatusCode(), "a title change does not");
    }

    @Test
    void deleteFreesEverythingTheLineHeldAndOnlyIfUnchanged() {
        LineOwner owner = owner("app");
        String portal = Keys.portal(owner.portalId());
        SipLine line = line(owner, 1, SipLineType.CLOUD, "Cloud One");
        store.insert(line, 10);
        assertEquals("1", item(portal, Keys.CLOUD_COUNT_SK).orElseThrow().get("cloudLines").n());

        SipLine staleTitle = line(owner, 1, SipLineType.CLOUD, "Not the title");
        assertFalse(store.delete(staleTitle));
        assertTrue(store.find(owner, 1).isPresent());

        assertTrue(store.delete(line));
        assertTrue(store.find(owner, 1).isEmpty());
        assertFalse(item(portal, Keys.title("cloud one")).isPresent());
        assertFalse(item(portal, Keys.registration(line.regId())).isPresent());
        assertEquals("0", item(portal, Keys.CLOUD_COUNT_SK).orElseThrow().get("cloudLines").n());
        assertFalse(store.delete(line), "already gone");
    }

    @Test
    void registrationPointersLeadToTheLineOfWhicheverOwner() {
        LineOwner owner = owner("app.a");
        SipLine line = line(owner, 7, SipLineType.CLOUD, "");
        store.insert(line, 10);
        assertEquals(line.configId(), store.findByRegistration(owner.portalId(), line.regId()).orElseThrow().configId());
        assertTrue(store.findByRegistration(owner.portalId(), line.regId() + 1).isEmpty());
        assertTrue(store.findByRegistration("elsewhere", line.regId()).isEmpty());

        assertTrue(store.recordRegistration(line, 502, "Unable to resolve hostname"));
        SipLine stored = store.find(owner, 7).orElseThrow();
        assertEquals(502, stored.registrationStatusCode());
        assertEquals("Unable to resolve hostname", stored.registrationErrorMessage());

        store.delete(stored);
        assertFalse(store.recordRegistration(line, 200, ""), "no write resurrects a deleted line");
        assertTrue(store.find(owner, 7).isEmpty());
    }

    @Test
    void connectorStateRoundTrips() {
        String portal = "portal-" + UUID.randomUUID();
        assertTrue(connectors.find(portal).isEmpty());
        SipConnector paid = new SipConnector(0, true, Instant.parse("2026-12-31T00:00:00Z"));
        connectors.save(portal, paid);
        assertEquals(paid, connectors.find(portal).orElseThrow());
        connectors.save(portal, SipConnector.DEFAULT);
        assertEquals(SipConnector.DEFAULT, connectors.find(portal).orElseThrow());
    }
}
