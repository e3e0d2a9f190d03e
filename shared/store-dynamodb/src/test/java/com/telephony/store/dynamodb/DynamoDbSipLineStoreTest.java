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
 * What only the DynamoDB adapter can show, on a real engine: the guard, pointer and counter items its transactions
 * write and free. The behaviour every SIP line store shares is {@link DynamoDbStoreContractTest}'s.
 */
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
        store = new DynamoDbSipLineStore(client, new TelephonyTable(table));
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


}
