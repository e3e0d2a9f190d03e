package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.sip.SipConnector;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.connector.status through the Bitrix24 edge over the in-memory stores: sixty free minutes for a
 * portal that never paid, a paid connector's end date in the portal's zone, parameters ignored, every format, auth.
 */
class SipConnectorStatusMethodTest {
    private final BitrixHarness edge = new BitrixHarness();

    @Test
    void aPortalThatNeverPaidHasSixtyFreeMinutes() {
        TestPortal portal = edge.newPortal();
        Reply reply = edge.postJson(portal.webhookPath() + "voximplant.sip.connector.status", "");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":{\"FREE_MINUTES\":60,\"PAID\":false},\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
    }

    @Test
    void aPaidConnectorShowsItsEndDateInThePortalsZoneAndOnlyForItsPortal() {
        TestPortal portal = edge.newPortal();
        edge.stores.sipConnectors().save(portal.portal().id(), new SipConnector(0, true, Instant.parse("2026-12-30T23:00:00Z")));
        Reply reply = edge.postJson("/rest/voximplant.sip.connector.status?auth=" + portal.tokenA(), "{}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("FREE_MINUTES", "PAID", "PAID_DATE_END"), keys(reply.result()));
        assertEquals(0, reply.result().get("FREE_MINUTES").getIntValue());
        assertTrue(reply.result().get("PAID").getBooleanValue());
        assertEquals("2026-12-31T00:00:00+01:00", reply.result().get("PAID_DATE_END").getStringValue(),
                "PHP date('c') in the portal's zone (Europe/Berlin)");

        TestPortal other = edge.newPortal();
        Reply otherPortal = edge.postJson(other.webhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(60, otherPortal.result().get("FREE_MINUTES").getIntValue(), "the state is per portal");
        assertFalse(otherPortal.result().get("PAID").getBooleanValue());
    }

    @Test
    void parametersAreIgnoredAndAllFormsWork() {
        TestPortal portal = edge.newPortal();
        assertEquals(200, edge.get(portal.webhookPath() + "voximplant.sip.connector.status.json", "X=1").status());
        assertEquals(200, edge.postJson(portal.webhookPath() + "voximplant.sip.connector.status", "{not json").status());
        Reply xml = edge.postForm(portal.webhookPath() + "voximplant.sip.connector.status.xml", "");
        assertEquals(200, xml.status());
        assertTrue(xml.text().startsWith("<?xml") && xml.text().contains("<FREE_MINUTES>60</FREE_MINUTES>"), xml.text());
    }

    @Test
    void authorization() {
        TestPortal portal = edge.newPortal();
        Reply denied = edge.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(403, denied.status());
        assertEquals("ACCESS_DENIED", denied.error());
        Reply noScope = edge.postJson(portal.noScopeWebhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(403, noScope.status());
        assertEquals("insufficient_scope", noScope.error());
        Reply noAuth = edge.postJson("/rest/voximplant.sip.connector.status", "{}");
        assertEquals(401, noAuth.status());
        assertEquals("NO_AUTH_FOUND", noAuth.error());
    }
}
