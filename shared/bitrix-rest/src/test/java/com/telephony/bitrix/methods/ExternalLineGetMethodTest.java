package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.get through the Bitrix24 edge over the in-memory stores: the rows in creation order, no
 * paging, each application's own lines, forms, XML and auth.
 */
class ExternalLineGetMethodTest {
    private static final String GET = "/rest/telephony.externalLine.get";

    private final BitrixHarness edge = new BitrixHarness();

    private Reply get(String token) {
        return edge.postJson(GET, "{\"auth\":\"" + token + "\"}");
    }

    @Test
    void noLinesIsAnEmptyArrayWithoutTotal() {
        TestPortal portal = edge.newPortal();
        Reply reply = get(portal.tokenA());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()), "no total, no next");
        assertTrue(reply.text().startsWith("{\"result\":[],\"time\":{"), reply.text());
    }

    @Test
    void documentedRowsInCreationOrder() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "Support Line", false);
        edge.addExternalLine(portal, As.APP_A, "14157654321", "Main External Line", null);
        edge.addExternalLine(portal, As.APP_A, "100", null, true);
        edge.addExternalLine(portal, As.APP_A, "9", "", false);

        Reply reply = get(portal.tokenA());

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":["
                + "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"},"
                + "{\"NUMBER\":\"14157654321\",\"NAME\":\"Main External Line\",\"CRM_AUTO_CREATE\":\"Y\"},"
                + "{\"NUMBER\":\"100\",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"Y\"},"
                + "{\"NUMBER\":\"9\",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"N\"}],\"time\":{"), reply.text());
    }

    @Test
    void moreThanAPageIsStillOneUnpagedAnswer() {
        TestPortal portal = edge.newPortal();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String number = Integer.toString(90_000 - i * 7);
            numbers.add(number);
            edge.addExternalLine(portal, As.APP_A, number, "n" + i, null);
        }
        Reply reply = edge.get(GET, "auth=" + portal.tokenA() + "&start=50");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(numbers, numbers(reply), "all lines, oldest first, start ignored");
        assertEquals(List.of("result", "time"), keys(reply.json()));
    }

    @Test
    void eachApplicationSeesOnlyItsOwnLines() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "A", true);
        edge.addExternalLine(portal, As.APP_A, "111", "A only", true);
        edge.addExternalLine(portal, As.APP_B, "14151234567", "B", false);
        TestPortal other = edge.newPortal();
        edge.addExternalLine(other, As.APP_A, "222", "other portal", true);

        assertEquals(List.of("14151234567:A", "111:A only"), rows(get(portal.tokenA())));
        assertEquals(List.of("14151234567:B"), rows(get(portal.tokenB())));
        assertEquals(List.of("14151234567:A", "111:A only"), rows(get(portal.noPermissionTokenA())),
                "any user of the application, no line permission needed");
        assertEquals(List.of("222:other portal"), rows(get(other.tokenA())));
    }

    @Test
    void phpFormBodyAndGetBehaveLikeJson() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "333", "Form", false);
        Reply json = get(portal.tokenA());
        Reply form = edge.postForm(GET, "auth=" + portal.tokenA());
        Reply query = edge.get(GET + ".json", "auth=" + portal.tokenA());
        assertEquals(200, form.status(), form::toString);
        assertEquals(json.result(), form.result());
        assertEquals(json.result(), query.result());
    }

    @Test
    void xmlFormat() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "444", "X & Y", true);
        Reply reply = edge.get(GET + ".xml", "auth=" + portal.tokenA());
        assertEquals(200, reply.status());
        assertTrue(reply.text().contains("<result><item><NUMBER>444</NUMBER><NAME>X &amp; Y</NAME>"
                + "<CRM_AUTO_CREATE>Y</CRM_AUTO_CREATE></item></result>"), reply.text());
    }

    @Test
    void webhooksAreRefusedWithWrongAuthType() {
        TestPortal portal = edge.newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            assertError(edge.postJson(webhook + "telephony.externalLine.get", "{}"), 403, "WRONG_AUTH_TYPE",
                    "Current authorization type is denied for this method");
        }
        assertError(edge.postJson(portal.noScopeWebhookPath() + "telephony.externalLine.get", "{}"), 403,
                "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
        assertError(edge.postJson(GET, "{}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(get(portal.expiredTokenA()), 401, "expired_token", "The access token provided has expired");
    }

    private static List<String> numbers(Reply reply) {
        List<String> numbers = new ArrayList<>();
        reply.result().values().forEach(row -> numbers.add(row.get("NUMBER").getStringValue()));
        return numbers;
    }

    private static List<String> rows(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        List<String> rows = new ArrayList<>();
        reply.result().values().forEach(row -> rows.add(row.get("NUMBER").getStringValue() + ":" + row.get("NAME").getStringValue()));
        return rows;
    }
}
