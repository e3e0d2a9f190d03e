package com.telephony.store.postgresql;

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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adapters as the functions get them: Micronaut beans over a Hikari pool, schema migrated by Flyway. Not
 * transactional: each store call must commit or roll back on its own, as it does in a function.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreTest implements TestPropertyProvider {
    @Inject
    PostgresSipLineStore lines;
    @Inject
    PostgresTenancyStore tenancy;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTestDatabase.properties("store_test");
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

        assertEquals(line, lines.find(new LineOwner(portal, "app.a"), line.configId()).orElseThrow());
        assertTrue(lines.find(new LineOwner(portal, "app.b"), line.configId()).isEmpty());
        assertTrue(lines.find(new LineOwner(portal, ""), line.configId()).isEmpty());
        assertTrue(lines.find(new LineOwner(newPortal(), "app.a"), line.configId()).isEmpty());
    }

    @Test
    void cloudLimitIsEnforcedByTheStoreAndWinsOverTitle() {
        String portal = newPortal();
        lines.insert(line(portal, "", true, "taken"), 2);
        lines.insert(line(portal, "app.x", true, ""), 2);
        assertThrows(CloudLineLimitReached.class, () -> lines.insert(line(portal, "", true, "TAKEN"), 2));
        lines.insert(line(portal, "", false, "office is unlimited"), 2);
    }

    @Test
    void titleGuardSpansApplicationsAndIgnoresCaseAndSurroundingSpace() {
        String portal = newPortal();
        lines.insert(line(portal, "app.a", false, "Front Desk"), 10);
        assertThrows(SipLineTitleTaken.class, () -> lines.insert(line(portal, "app.b", false, " front desk "), 10));
        lines.insert(line(newPortal(), "app.b", false, "Front Desk"), 10);
    }

    @Test
    void failedInsertLeavesNothingBehind() {
        String portal = newPortal();
        lines.insert(line(portal, "", false, "dup"), 10);
        SipLine rejected = line(portal, "", true, "dup");
        assertThrows(SipLineTitleTaken.class, () -> lines.insert(rejected, 10));
        assertTrue(lines.find(rejected.owner(), rejected.configId()).isEmpty());
        // the cloud count was rolled back with the line: ten more cloud lines still fit
        for (int i = 0; i < 10; i++) {
            lines.insert(line(portal, "", true, "c" + i), 10);
        }
        assertThrows(CloudLineLimitReached.class, () -> lines.insert(line(portal, "", true, "c10"), 10));
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
