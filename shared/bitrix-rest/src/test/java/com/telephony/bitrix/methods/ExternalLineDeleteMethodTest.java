package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.delete through the Bitrix24 edge over the in-memory stores: the empty-array answer, the
 * number freed, its two errors, application isolation, forms and auth.
 */
class ExternalLineDeleteMethodTest {
    private static final String DELETE = "/rest/telephony.externalLine.delete";

    private final BitrixHarness edge = new BitrixHarness();

    /** The token in the JSON body as {@code auth}, as SDKs send it (in the query for any other body). */
    private Reply delete(String token, String json) {
        return edge.postJsonWithToken(DELETE, token, json);
    }

    private List<String> numbers(TestPortal portal, As as) {
        return edge.externalLines(portal, as).stream().map(ExternalLine::number).toList();
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }

    @Test
    void deletesTheLineAndAnswersAnEmptyArray() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "Support Line", false);
        edge.addExternalLine(portal, As.APP_A, "200", "stays", false);

        Reply reply = delete(portal.tokenA(), "{\"NUMBER\":\"14151234567\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertTrue(reply.text().startsWith("{\"result\":[],\"time\":{"), reply.text());
        assertEquals(List.of("200"), numbers(portal, As.APP_A));

        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\"14151234567\"}"), "Could not find line with number 14151234567");
        edge.addExternalLine(portal, As.APP_A, "14151234567", "again", null);
        assertEquals(List.of("200", "14151234567"), numbers(portal, As.APP_A), "the number is free again");
    }

    @Test
    void numberShouldNotBeEmpty() {
        TestPortal portal = edge.newPortal();
        for (String body : List.of("{}", "{\"NUMBER\":\"\"}", "{\"NUMBER\":\" \\n\"}", "{\"NUMBER\":null}",
                "{\"NUMBER\":[]}", "{\"number\":\"1\"}", "{oops")) {
            assertCore(delete(portal.tokenA(), body), "NUMBER should not be empty");
        }
    }

    @Test
    void couldNotFindLine() {
        TestPortal portal = edge.newPortal();
        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\" 404 \"}"), "Could not find line with number 404");
        String long51 = "1".repeat(51);
        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\"" + long51 + "\"}"), "Could not find line with number " + long51);
    }

    @Test
    void anApplicationCannotDeleteAnotherApplicationsLines() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "14151234567", "A", true);
        edge.addExternalLine(portal, As.APP_A, "500", "A only", true);
        edge.addExternalLine(portal, As.APP_B, "14151234567", "B", true);

        assertCore(delete(portal.tokenB(), "{\"NUMBER\":\"500\"}"), "Could not find line with number 500");
        assertEquals(200, delete(portal.tokenB(), "{\"NUMBER\":\"14151234567\"}").status());
        assertEquals(List.of(), numbers(portal, As.APP_B));
        assertEquals(List.of("14151234567", "500"), numbers(portal, As.APP_A), "A's lines untouched");

        assertCore(delete(edge.newPortal().tokenA(), "{\"NUMBER\":\"500\"}"), "Could not find line with number 500");
        assertEquals(200, delete(portal.noPermissionTokenA(), "{\"NUMBER\":\"500\"}").status(), "any user of the app");
    }

    @Test
    void phpFormBodyBehavesLikeJson() {
        TestPortal portal = edge.newPortal();
        edge.addExternalLine(portal, As.APP_A, "600", null, null);
        Reply form = edge.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600");
        assertEquals(200, form.status(), form::toString);
        assertTrue(form.text().startsWith("{\"result\":[],"), form.text());
        assertEquals(List.of(), numbers(portal, As.APP_A));
        assertCore(edge.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600"), "Could not find line with number 600");
        assertCore(edge.postForm(DELETE, "auth=" + portal.tokenA()), "NUMBER should not be empty");
    }

    @Test
    void webhooksAreRefusedWithWrongAuthType() {
        TestPortal portal = edge.newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            assertError(edge.postJson(webhook + "telephony.externalLine.delete", "{\"NUMBER\":\"1\"}"), 403,
                    "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        }
        assertError(edge.postJson(DELETE, "{\"NUMBER\":\"1\"}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(delete(portal.expiredTokenA(), "{\"NUMBER\":\"1\"}"), 401, "expired_token",
                "The access token provided has expired");
    }

    @Test
    void badInputIsA400NeverAServerError() {
        TestPortal portal = edge.newPortal();
        for (String body : List.of("", "[1]", "\"x\"", "{\"NUMBER\":{\"a\":{\"b\":1}}}", "{\"NUMBER\":1e3}",
                "{\"NUMBER\":\"" + "9".repeat(1_000_000) + "\"}")) {
            Reply reply = edge.postJson(DELETE + "?auth=" + portal.tokenA(), body);
            assertEquals(400, reply.status(), reply::toString);
        }
    }
}
