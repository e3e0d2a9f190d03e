package com.telephony.functions.externallineget;

import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** telephony.externalLine.get through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class ExternalLineGetHandlerTest {
    private static final String GET = "/rest/telephony.externalLine.get";

    private static ExternalLineGetHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineGetHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void noLinesIsAnEmptyArrayWithoutTotal() {
        TestPortal portal = TestEnvironment.get().newPortal();
        Reply reply = get(portal.tokenA());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()), "no total, no next");
        assertTrue(reply.result().isArray());
        assertEquals(0, reply.result().size());
        assertTrue(reply.text().startsWith("{\"result\":[],\"time\":{"), reply.text());
    }

    @Test
    void documentedRowsInCreationOrder() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "Support Line", "N");
        TestExternalLines.add(portal.tokenA(), "14157654321", "Main External Line", null);
        TestExternalLines.add(portal.tokenA(), "100", null, "Y");
        TestExternalLines.add(portal.tokenA(), "9", "", "maybe");

        Reply reply = get(portal.tokenA());

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":["
                + "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"},"
                + "{\"NUMBER\":\"14157654321\",\"NAME\":\"Main External Line\",\"CRM_AUTO_CREATE\":\"Y\"},"
                + "{\"NUMBER\":\"100\",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"Y\"},"
                + "{\"NUMBER\":\"9\",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"N\"}],\"time\":{"), reply.text());
        assertEquals(List.of("result", "time"), keys(reply.json()));
    }

    @Test
    void moreThanAPageIsStillOneUnpagedAnswer() {
        TestPortal portal = TestEnvironment.get().newPortal();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String number = Integer.toString(90_000 - i * 7);
            numbers.add(number);
            TestExternalLines.add(portal.tokenA(), number, "n" + i, null);
        }
        Reply reply = client.get(GET, "auth=" + portal.tokenA() + "&start=50");
        assertEquals(200, reply.status(), reply::toString);
        List<String> listed = new ArrayList<>();
        reply.result().values().forEach(row -> listed.add(row.get("NUMBER").getStringValue()));
        assertEquals(numbers, listed, "all lines, oldest first, start ignored");
        assertEquals(List.of("result", "time"), keys(reply.json()));
    }

    @Test
    void eachApplicationSeesOnlyItsOwnLines() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "A", "Y");
        TestExternalLines.add(portal.tokenA(), "111", "A only", "Y");
        TestExternalLines.add(portal.tokenB(), "14151234567", "B", "N");
        TestPortal other = TestEnvironment.get().newPortal();
        TestExternalLines.add(other.tokenA(), "222", "other portal", "Y");

        assertEquals(List.of("14151234567:A", "111:A only"), rows(get(portal.tokenA())));
        assertEquals(List.of("14151234567:B"), rows(get(portal.tokenB())));
        assertEquals(List.of("14151234567:A", "111:A only"), rows(get(portal.noPermissionTokenA())),
                "any user of the application, no line permission needed");
        assertEquals(List.of("222:other portal"), rows(get(other.tokenA())));
    }

    @Test
    void phpFormBodyAndGetBehaveLikeJson() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "333", "Form", "N");
        Reply json = client.postJson(GET, "{\"auth\":\"" + portal.tokenA() + "\"}");
        Reply form = client.postForm(GET, "auth=" + portal.tokenA());
        Reply query = client.get(GET + ".json", "auth=" + portal.tokenA());
        assertEquals(200, form.status(), form::toString);
        assertEquals(json.result(), form.result());
        assertEquals(json.result(), query.result());
    }

    @Test
    void webhooksAreRefusedWithWrongAuthType() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            assertError(client.postJson(webhook + "telephony.externalLine.get", "{}"), 403, "WRONG_AUTH_TYPE",
                    "Current authorization type is denied for this method");
        }
        assertError(client.postJson(portal.noScopeWebhookPath() + "telephony.externalLine.get", "{}"), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
        assertError(client.postJson(GET, "{}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(get(portal.expiredTokenA()), 401, "expired_token", "The access token provided has expired");
    }

    @Test
    void xmlFormat() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "444", "X & Y", "Y");
        Reply reply = client.get(GET + ".xml", "auth=" + portal.tokenA());
        assertEquals(200, reply.status());
        assertTrue(reply.text().contains("<result><item><NUMBER>444</NUMBER><NAME>X &amp; Y</NAME>"
                + "<CRM_AUTO_CREATE>Y</CRM_AUTO_CREATE></item></result>"), reply.text());
    }

    private static Reply get(String token) {
        return client.postJson(GET, "{\"auth\":\"" + token + "\"}");
    }

    private static List<String> rows(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        List<String> rows = new ArrayList<>();
        reply.result().values().forEach(row -> rows.add(row.get("NUMBER").getStringValue() + ":" + row.get("NAME").getStringValue()));
        return rows;
    }
}
