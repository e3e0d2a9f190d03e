package com.telephony.functions.sipconnectorstatus;

import com.telephony.domain.sip.SipConnector;
import com.telephony.store.dynamodb.DynamoDbSipConnectorStore;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.connector.status through the real Lambda handler, with API Gateway events and a Lambda Context, on
 * a real DynamoDB engine: its event file, event conversion, routing and wiring, and the connector read from the
 * table. The method's rules are unit tests in shared/bitrix-rest ({@code SipConnectorStatusMethodTest}).
 */
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
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        Reply reply = EventFileCall.assertOk(client, "sip-connector-status", "result", "time");
        assertTrue(reply.text().startsWith("{\"result\":{\"FREE_MINUTES\":60,\"PAID\":false},\"time\":{"), reply.text());
    }

    @Test
    void aPaidConnectorIsReadFromTheTableThroughEveryForm() {
        TestPortal portal = TestEnvironment.get().newPortal();
        connectors.save(portal.portal().id(), new SipConnector(0, true, Instant.parse("2026-12-30T23:00:00Z")));
        Reply json = client.postJson("/rest/voximplant.sip.connector.status?auth=" + portal.tokenA(), "{}");
        assertEquals(200, json.status(), json::toString);
        assertEquals("2026-12-31T00:00:00+01:00", json.result().get("PAID_DATE_END").getStringValue());
        assertEquals(json.result(), client.get(portal.webhookPath() + "voximplant.sip.connector.status.json", "X=1").result());
        Reply xml = client.postForm(portal.webhookPath() + "VoxImplant.Sip.Connector.Status.xml", "");
        assertEquals(200, xml.status());
        assertTrue(xml.text().contains("<PAID_DATE_END>2026-12-31T00:00:00+01:00</PAID_DATE_END>"), xml.text());
    }

    @Test
    void thisFunctionServesConnectorStatusOnly() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertError(client.postJson(portal.webhookPath() + "voximplant.sip.status", "{}"), 404, "ERROR_METHOD_NOT_FOUND",
                "Method not found!");
    }
}
