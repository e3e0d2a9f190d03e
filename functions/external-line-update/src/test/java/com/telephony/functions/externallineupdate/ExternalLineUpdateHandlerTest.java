package com.telephony.functions.externallineupdate;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.testsupport.EventFileCall;
import com.telephony.testsupport.EventFiles;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestExternalLines.Stored;
import com.telephony.testsupport.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.update through the real Lambda handler, with API Gateway events and a Lambda Context, on a
 * real DynamoDB engine: its event file and the stored line, event conversion, routing and wiring, and an update
 * racing a delete on the engine. The seed's example, its error table and the check order are unit tests in
 * shared/bitrix-rest ({@code ExternalLineUpdateMethodTest}).
 */
class ExternalLineUpdateHandlerTest {
    private static final String UPDATE = "/rest/telephony.externalLine.update";

    private static ExternalLineUpdateHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineUpdateHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void theEventFileGoesThroughTheHandlerWithALambdaContextAndUpdatesTheStoredLine() {
        EventFiles.provisionDevTenant();
        ExternalLine line = TestExternalLines.add(EventFiles.APP_TOKEN, "14151234567", "Main External Line", null);
        Reply reply = EventFileCall.assertOk(client, "external-line-update", "result", "time");
        assertTrue(reply.text().startsWith("{\"result\":{\"ID\":\"" + line.id() + "\"},\"time\":{"), reply.text());
        assertEquals(new Stored(line.id(), "14151234567", "Support Line", "N"),
                TestExternalLines.stored(EventFiles.PORTAL_ID, "local.devapp.0001", "14151234567").orElseThrow());
    }

    @Test
    void formBodiesAndQueryStringsAreConverted() {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExternalLine line = TestExternalLines.add(portal.tokenA(), "14151234567", "Old", "Y");
        Reply form = client.postForm(UPDATE, "NUMBER=14151234567&NAME=Support+Line&CRM_AUTO_CREATE=N&auth=" + portal.tokenA());
        assertEquals(200, form.status(), form::toString);
        assertEquals(new Stored(line.id(), "14151234567", "Support Line", "N"), stored(portal, "14151234567").orElseThrow());
        assertEquals(200, client.get(UPDATE + ".json", "auth=" + portal.tokenA() + "&NUMBER=14151234567&NAME=Query").status());
        assertEquals("Query", stored(portal, "14151234567").orElseThrow().name());
    }

    @Test
    void routingLetterCaseAndSuffixesReachTheMethodAndOnlyIt() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "100", "x", null);
        Reply xml = client.postJson("/rest/Telephony.ExternalLine.Update.xml?auth=" + portal.tokenA(),
                "{\"NUMBER\":\"100\",\"NAME\":\"y\"}");
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.text().startsWith("<?xml"), xml.text());
        assertError(client.postJson("/rest/telephony.externalLine.delete?auth=" + portal.tokenA(), "{\"NUMBER\":\"100\"}"),
                404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        assertEquals("y", stored(portal, "100").orElseThrow().name());
    }

    /** Update and delete race on the same line many times: once the delete has returned, the line stays gone. */
    @Test
    void aConcurrentUpdateNeverBringsADeletedLineBack() throws Exception {
        TestPortal portal = TestEnvironment.get().newPortal();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String number = "race" + round;
                TestExternalLines.add(portal.tokenA(), number, "before", "Y");
                CountDownLatch go = new CountDownLatch(1);
                Future<Reply> update = pool.submit(() -> {
                    go.await();
                    return update(portal.tokenA(), "{\"NUMBER\":\"" + number + "\",\"NAME\":\"after\"}");
                });
                Future<?> delete = pool.submit(() -> {
                    go.await();
                    TestExternalLines.delete(portal.tokenA(), number);
                    return null;
                });
                go.countDown();
                delete.get();
                Reply reply = update.get();
                assertTrue(reply.status() == 200
                        || reply.text().contains("Could not find line with number " + number), reply::toString);
                assertEquals(Optional.empty(), stored(portal, number), "round " + round + ": " + reply);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Optional<Stored> stored(TestPortal portal, String number) {
        return TestExternalLines.stored(portal.portal().id(), portal.appA().clientId(), number);
    }

    /** The token goes in the JSON body as {@code auth}, as SDKs send it. */
    private static Reply update(String token, String json) {
        String head = json.equals("{}") ? "{" : json.substring(0, json.length() - 1) + ",";
        return client.postJson(UPDATE, head + "\"auth\":\"" + token + "\"}");
    }

}
