package com.telephony.store.dynamodb;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.SipLineType;
import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Webhook;
import com.telephony.testing.TestDynamoDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store adapters as the functions get them (Micronaut beans from this module's factory), on a real engine,
 * in a table created from {@link TableLayout}: the wiring. What the stores must do is {@link DynamoDbStoreContractTest}'s.
 */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoDbStoreTest implements TestPropertyProvider {
    @Inject
    DynamoDbSipLineStore lines;
    @Inject
    DynamoDbTenancyStore tenancy;

    @Override
    public Map<String, String> getProperties() {
        TestDynamoDb engine = TestDynamoDb.get();
        String table = engine.uniqueTableName("store-test");
        engine.client().createTable(TableLayout.createTableRequest(table));
        engine.client().waiter().waitUntilTableExists(request -> request.tableName(table));
        return Map.of("telephony.dynamodb.endpoint", engine.endpoint().toString(),
                "telephony.dynamodb.table", table, "telephony.dynamodb.region", "us-east-1");
    }

    private static String newPortal() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private SipLine line(String portal, String app, boolean cloud, String title) {
        SipLineIds ids = lines.allocateIds(portal, cloud);
        return new SipLine(new LineOwner(portal, app), ids.id(), ids.configId(), cloud ? SipLineType.CLOUD : SipLineType.OFFICE,
                ids.regId(), title, "sip.example.com", "user", "pw", null, null, null, null, null, "N", "diversion;to",
                null, null);
    }

    @Test
    void insertedLineIsFoundOnlyByItsOwner() {
        String portal = newPortal();
        SipLine line = line(portal, "app.a", true, "One");
        lines.insert(line, 10);

        SipLine found = lines.find(new LineOwner(portal, "app.a"), line.configId()).orElseThrow();
        assertEquals(line, found);
        assertTrue(lines.find(new LineOwner(portal, "app.b"), line.configId()).isEmpty());
        assertTrue(lines.find(new LineOwner(portal, ""), line.configId()).isEmpty());
        assertTrue(lines.find(new LineOwner(newPortal(), "app.a"), line.configId()).isEmpty());
    }





    @Test
    void tenancyRoundTrips() {
        String portalId = newPortal();
        Portal portal = new Portal(portalId, "acme.bitrix24.com", portalId, "acme", ZoneId.of("Europe/Berlin"));
        tenancy.savePortal(portal);
        PortalUser user = new PortalUser(portalId, 7, "Alice", false, true);
        tenancy.saveUser(user);
        Webhook webhook = new Webhook("hash-" + portalId, portalId, 7, Set.of("telephony", "crm"));
        tenancy.saveWebhook(webhook);
        AccessToken token = new AccessToken("token-" + portalId, portalId, "app.a", 7, Set.of("telephony"),
                Instant.ofEpochSecond(1_900_000_000L));
        tenancy.saveAccessToken(token);

        assertEquals(portal, tenancy.findPortal(portalId).orElseThrow());
        assertEquals(user, tenancy.findUser(portalId, 7).orElseThrow());
        assertEquals(webhook, tenancy.findWebhook(webhook.codeHash()).orElseThrow());
        assertEquals(token, tenancy.findAccessToken(token.tokenHash()).orElseThrow());
        assertTrue(tenancy.findUser(portalId, 8).isEmpty());
        assertTrue(tenancy.findWebhook("unknown").isEmpty());
    }
}
