package com.telephony.functions.sipconnectorstatus;

import com.telephony.domain.sip.SipConnector;
import com.telephony.store.dynamodb.DynamoDbSipConnectorStore;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** voximplant.sip.connector.status through the real Lambda handler, on a real DynamoDB engine. */
class SipConnectorStatusHandlerTest {
    private static SipConnectorStatusHandler handler;
    private static HandlerClient client;
    private static DynamoDbSipConnectorStore connectors;

    @BeforeAll
    static void start() {
        TestEnvironment env = TestEnvironment.get();
        handler = new SipConnectorStatusHandler();
        client = new HandlerClient(handler);
        connectors = new DynamoDbSipConnectorStore(env.client(), new TelephonyTable(env.tableName()));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void aPortalThatNeverPaidHasSixtyFreeMinutes() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = client.postJson(portal.webhookPath() + "voximplant.sip.connector.status", "");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":{\"FREE_MINUTES\":60,\"PAID\":false},\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
    }

    @Test
    void aPaidConnectorShowsItsEndDateInThePortalsZone() {
        TestPortal portal = TestEnvironment.get().newPortal();
        connectors.save(portal.portal().id(), new SipConnector(0, true, Instant.parse("2026-12-30T23:00:00Z")));
        Reply reply = client.postJson("/rest/voximplant.sip.connector.status?auth=" + portal.tokenA(), "{}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("FREE_MINUTES", "PAID", "PAID_DATE_END"), keys(reply.result()));
        assertEquals(0, reply.result().get("FREE_MINUTES").getIntValue());
        assertTrue(reply.result().get("PAID").getBooleanValue());
        assertEquals("2026-12-31T00:00:00+01:00", reply.result().get("PAID_DATE_END").getStringValue(),
                "PHP date('c') in the portal's zone (Europe/Berlin)");

        TestPortal other = TestEnvironment.get().newPortal();
        Reply otherPortal = client.postJson(other.webhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(60, otherPortal.result().get("FREE_MINUTES").getIntValue(), "the state is per portal");
        assertEquals(false, otherPortal.result().get("PAID").getBooleanValue());
    }

    @Test
    void parametersAreIgnoredAndAllFormsWork() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertEquals(200, client.get(portal.webhookPath() + "voximplant.sip.connector.status.json", "X=1").status());
        Reply xml = client.postForm(portal.webhookPath() + "voximplant.sip.connector.status.xml", "");
        assertEquals(200, xml.status());
        assertTrue(xml.text().contains("<FREE_MINUTES>60</FREE_MINUTES>"), xml.text());
    }

    @Test
    void authorization() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply denied = client.postJson(portal.noPermissionWebhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(403, denied.status());
        assertEquals("ACCESS_DENIED", denied.error());
        Reply noScope = client.postJson(portal.noScopeWebhookPath() + "voximplant.sip.connector.status", "{}");
        assertEquals(403, noScope.status());
        assertEquals("insufficient_scope", noScope.error());
    }
}
