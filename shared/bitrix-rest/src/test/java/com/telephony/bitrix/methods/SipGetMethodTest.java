package com.telephony.bitrix.methods;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.configIds;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.get through the Bitrix24 edge over the in-memory stores: pages of fifty, every filter operator,
 * sorting, the rows' shape and types, query errors, each caller's own lines, and odd input.
 */
class SipGetMethodTest {
    private static final String SEED_BODY = "{\"FILTER\":{\"CONFIG_ID\":[3,7,9]},\"SORT\":\"CONFIG_ID\",\"ORDER\":\"ASC\"}";

    private final BitrixHarness edge = new BitrixHarness();
    /** Five lines of the webhook, CONFIG_IDs 1..5, for the operator cases. */
    private final TestPortal fixture = edge.newPortal();
    private final List<SipLine> fixtureLines = List.of(
            edge.addLine(fixture, As.WEBHOOK, new SipLineDraft("cloud", "Alpha", "sip.alpha.com", "alice", "a1")),
            edge.addLine(fixture, As.WEBHOOK, new SipLineDraft("office", "Beta", "pbx.beta.org", "bob", "b2")),
            edge.addLine(fixture, As.WEBHOOK, new SipLineDraft("cloud", "Gamma line", "sip.gamma.com", "carol", null)),
            edge.addLine(fixture, As.WEBHOOK, new SipLineDraft("office", "Delta", "pbx.delta.org", "dave", "d4")),
            edge.addLine(fixture, As.WEBHOOK, new SipLineDraft("cloud", null, "sip.eps.invalid", "eve", "e5")));

    private Reply get(TestPortal portal, String json) {
        return edge.postJson(portal.webhookPath() + "voximplant.sip.get", json);
    }

    @Test
    void hundredTwentyLinesComeInPagesOfFifty() {
        TestPortal portal = edge.newPortal();
        for (int i = 0; i < 120; i++) {
            edge.addLine(portal, As.WEBHOOK, "office", "Office " + i);
        }
        Reply first = get(portal, "{}");
        Reply second = get(portal, "{\"start\":50}");
        Reply third = edge.postForm(portal.webhookPath() + "voximplant.sip.get", "start=100");

        assertPage(first, 1, 50, 50L);
        assertPage(second, 51, 50, 100L);
        assertPage(third, 101, 20, null);
        assertEquals(List.of("result", "next", "total", "time"), keys(first.json()));
        assertEquals(List.of("result", "total", "time"), keys(third.json()));

        Reply past = get(portal, "{\"start\":500}");
        assertEquals(0, past.result().size());
        assertEquals(120, past.json().get("total").getIntValue(), "a start past the end still counts");
        assertNull(past.json().get("next"));

        assertPage(get(portal, "{\"start\":-1}"), 1, 50, 50L);
    }

    private static void assertPage(Reply reply, long firstConfigId, int size, Long next) {
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(size, reply.result().size());
        assertEquals(firstConfigId, configIds(reply.result()).get(0));
        assertEquals(firstConfigId + size - 1, configIds(reply.result()).get(size - 1));
        assertEquals(120, reply.json().get("total").getIntValue());
        assertTrue(reply.json().get("total").isNumber());
        if (next == null) {
            assertNull(reply.json().get("next"), reply::toString);
        } else {
            assertTrue(reply.json().get("next").isNumber(), "next is a JSON number");
            assertEquals(next, reply.json().get("next").getLongValue());
        }
    }

    @Test
    void seedExampleReturnsExactlyThoseLinesAscendingAsJsonAsPhpFormAndAsQuery() {
        TestPortal portal = edge.newPortal();
        for (int i = 1; i <= 10; i++) {
            edge.addLine(portal, As.WEBHOOK, i % 2 == 0 ? "office" : "cloud", "Line " + i);
        }
        Reply json = get(portal, SEED_BODY);
        assertEquals(200, json.status(), json::toString);
        assertEquals(List.of(3L, 7L, 9L), configIds(json.result()));
        assertEquals(3, json.json().get("total").getIntValue());
        assertNull(json.json().get("next"));

        Reply form = edge.postForm(portal.webhookPath() + "voximplant.sip.get",
                "FILTER%5BCONFIG_ID%5D%5B0%5D=3&FILTER%5BCONFIG_ID%5D%5B1%5D=7&FILTER%5BCONFIG_ID%5D%5B2%5D=9&SORT=CONFIG_ID&ORDER=ASC");
        assertEquals(200, form.status(), form::toString);
        assertEquals(json.result(), form.result(), "the form answers exactly what JSON does");

        Reply appended = edge.get(portal.webhookPath() + "voximplant.sip.get",
                "FILTER[CONFIG_ID][]=9&FILTER[CONFIG_ID][]=3&FILTER[CONFIG_ID][]=7&SORT=CONFIG_ID&ORDER=DESC");
        assertEquals(List.of(9L, 7L, 3L), configIds(appended.result()));

        Reply viaApp = edge.postJson("/rest/voximplant.sip.get?auth=" + portal.tokenA(), SEED_BODY);
        assertEquals(0, viaApp.result().size(), "the webhook's lines are not application A's");
        assertEquals(0, viaApp.json().get("total").getIntValue());
    }

    @Test
    void rowsHaveBitrixShapeAndTypes() {
        Reply reply = get(fixture, "{\"FILTER\":{\"CONFIG_ID\":[1,2]}}");
        JsonNode cloud = reply.result().get(0);
        JsonNode office = reply.result().get(1);

        assertEquals(List.of("TYPE", "CONFIG_ID", "REG_ID", "SERVER", "LOGIN", "PASSWORD", "AUTH_USER", "OUTBOUND_PROXY",
                "DETECT_LINE_NUMBER", "LINE_DETECT_HEADER_ORDER", "REGISTRATION_STATUS_CODE",
                "REGISTRATION_ERROR_MESSAGE", "TITLE"), keys(cloud));
        assertEquals(List.of("TYPE", "CONFIG_ID", "SERVER", "LOGIN", "PASSWORD", "INCOMING_SERVER", "INCOMING_LOGIN",
                "INCOMING_PASSWORD", "AUTH_USER", "OUTBOUND_PROXY", "DETECT_LINE_NUMBER", "LINE_DETECT_HEADER_ORDER",
                "REGISTRATION_STATUS_CODE", "REGISTRATION_ERROR_MESSAGE", "TITLE"), keys(office));
        assertEquals("1", cloud.get("CONFIG_ID").getStringValue());
        assertEquals(Long.toString(fixtureLines.get(0).regId()), cloud.get("REG_ID").getStringValue(), "REG_ID is a string here");
        assertTrue(cloud.get("REGISTRATION_STATUS_CODE").isNull(), "a cloud line is not checked yet");
        assertEquals("0", office.get("REGISTRATION_STATUS_CODE").getStringValue(), "an office line's status is the string 0");
        assertEquals("sip2", office.get("INCOMING_LOGIN").getStringValue());
        assertEquals("Alpha", cloud.get("TITLE").getStringValue());
        assertTrue(cloud.get("AUTH_USER").isNull());
    }

    static Stream<Arguments> operatorCases() {
        return Stream.of(
                Arguments.of("{\"CONFIG_ID\":\"2\"}", List.of(2L)),
                Arguments.of("{\"=TYPE\":\"cloud\"}", List.of(1L, 3L, 5L)),
                Arguments.of("{\"type\":\"OFFICE\"}", List.of(2L, 4L)),
                Arguments.of("{\"!TYPE\":\"cloud\"}", List.of(2L, 4L)),
                Arguments.of("{\"!=CONFIG_ID\":[1,2]}", List.of(3L, 4L, 5L)),
                Arguments.of("{\">CONFIG_ID\":3}", List.of(4L, 5L)),
                Arguments.of("{\">=CONFIG_ID\":3}", List.of(3L, 4L, 5L)),
                Arguments.of("{\"<CONFIG_ID\":3}", List.of(1L, 2L)),
                Arguments.of("{\"<=CONFIG_ID\":\"3\"}", List.of(1L, 2L, 3L)),
                Arguments.of("{\"><CONFIG_ID\":[2,4]}", List.of(2L, 3L, 4L)),
                Arguments.of("{\"!><CONFIG_ID\":[2,4]}", List.of(1L, 5L)),
                Arguments.of("{\"%SERVER\":\"SIP.\"}", List.of(1L, 3L, 5L)),
                Arguments.of("{\"!%SERVER\":\"sip.\"}", List.of(2L, 4L)),
                Arguments.of("{\"?TITLE\":\"alpha | delta\"}", List.of(1L, 4L)),
                Arguments.of("{\"?TITLE\":\"line ~alpha\"}", List.of(3L)),
                Arguments.of("{\"PASSWORD\":\"\"}", List.of(3L)),
                Arguments.of("{\"TITLE\":\"\"}", List.of(5L)),
                Arguments.of("{\">=LOGIN\":\"CAROL\",\"<LOGIN\":\"e\"}", List.of(3L, 4L)),
                Arguments.of("{\"DETECT_LINE_NUMBER\":\"Y\"}", List.of()),
                Arguments.of("{\"LINE_DETECT_HEADER_ORDER\":\"diversion;to\",\"CONFIG_ID\":[5,1]}", List.of(1L, 5L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorCases")
    void everyOperatorNarrowsTheResult(String filter, List<Long> expected) {
        Reply reply = get(fixture, "{\"FILTER\":" + filter + "}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(expected, configIds(reply.result()));
        assertEquals(expected.size(), reply.json().get("total").getIntValue());
        assertNotEquals(List.of(1L, 2L, 3L, 4L, 5L), expected, "a case that selects everything proves nothing");
    }

    @Test
    void filtersByGeneratedIdentifiers() {
        SipLine gamma = fixtureLines.get(2);
        SipLine beta = fixtureLines.get(1);
        assertEquals(List.of(3L), configIds(get(fixture, "{\"FILTER\":{\"REG_ID\":" + gamma.regId() + "}}").result()));
        assertEquals(List.of(2L), configIds(get(fixture, "{\"FILTER\":{\"ID\":\"" + beta.id() + "\"}}").result()));
        assertEquals(List.of(2L), configIds(get(fixture, "{\"FILTER\":{\"INCOMING_LOGIN\":\"SIP2\"}}").result()));
        assertEquals(List.of(1L, 3L, 5L), configIds(get(fixture, "{\"FILTER\":{\"INCOMING_SERVER\":null}}").result()));
    }

    @Test
    void sortNeedsBothSortAndOrder() {
        assertEquals(List.of(3L, 5L, 1L, 4L, 2L), configIds(get(fixture, "{\"SORT\":\"SERVER\",\"ORDER\":\"desc\"}").result()));
        assertEquals(List.of(2L, 4L, 1L, 5L, 3L),
                configIds(get(fixture, "{\"sort\":\"server\",\"order\":\"ASC\"}").result()), "keys and values in any case");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), configIds(get(fixture, "{\"SORT\":\"SERVER\"}").result()));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), configIds(get(fixture, "{\"ORDER\":\"DESC\"}").result()));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), configIds(get(fixture, "{\"SORT\":\"ID\",\"ORDER\":\"DESC\"}").result()));
    }

    @Test
    void queryErrors() {
        assertError(get(fixture, "{\"FILTER\":{\"NAME\":\"x\"}}"), 400, "ERROR_CORE", "Unknown field definition `NAME` for SIP lines");
        assertError(get(fixture, "{\"FILTER\":{\"@CONFIG_ID\":[1]}}"), 400, "ERROR_CORE",
                "Unknown filter operation `@` in `@CONFIG_ID`");
        assertError(get(fixture, "{\"FILTER\":{\"><CONFIG_ID\":3}}"), 400, "ERROR_CORE",
                "Filter `><CONFIG_ID` needs an array of two values");
        assertError(get(fixture, "{\"SORT\":\"NAME\",\"ORDER\":\"ASC\"}"), 400, "ERROR_CORE",
                "Unknown field definition `NAME` for SIP lines");
        assertError(get(fixture, "{\"FILTER\":[{\"CONFIG_ID\":1}]}"), 400, "ERROR_CORE", "Unknown field definition `0` for SIP lines");

        Reply badOrder = get(fixture, "{\"SORT\":\"CONFIG_ID\",\"ORDER\":\"UP\"}");
        assertEquals(400, badOrder.status());
        assertEquals("ERROR_ARGUMENT", badOrder.error());
        assertEquals("Invalid order: ORDER must be ASC or DESC", badOrder.errorDescription());
        assertEquals(List.of("error", "error_description", "argument"), keys(badOrder.json()));
        assertEquals("ORDER", badOrder.json().get("argument").getStringValue());
    }

    @Test
    void noMatchAnswersAnEmptyListWithTotalZero() {
        Reply reply = get(fixture, "{\"FILTER\":{\"CONFIG_ID\":99}}");
        assertEquals(200, reply.status());
        assertEquals(0, reply.result().size());
        assertTrue(reply.result().isArray());
        assertEquals(List.of("result", "total", "time"), keys(reply.json()));
        assertEquals(0, reply.json().get("total").getIntValue());
    }

    @Test
    void everyCallerSeesOnlyItsOwnLines() {
        TestPortal portal = edge.newPortal();
        SipLine a1 = edge.addLine(portal, As.APP_A, "cloud", "A1");
        SipLine a2 = edge.addLine(portal, As.APP_A, "office", "A2");
        SipLine b = edge.addLine(portal, As.APP_B, "office", "B");
        SipLine w = edge.addLine(portal, As.WEBHOOK, "office", "W");

        assertEquals(List.of(a1.configId(), a2.configId()),
                configIds(edge.postJson(portal.url(As.APP_A, "voximplant.sip.get"), "{}").result()));
        assertEquals(List.of(b.configId()),
                configIds(edge.postJson(portal.url(As.APP_B, "voximplant.sip.get"), "{}").result()));
        assertEquals(List.of(w.configId()), configIds(get(portal, "{}").result()));
        assertEquals(List.of(w.configId()), configIds(edge.postJson(portal.otherWebhookPath() + "voximplant.sip.get", "{}").result()),
                "all webhooks of a portal share");

        // APP_ID in FILTER is overwritten by the caller's own application.
        String aAppId = portal.appA().clientId();
        Reply bAsksForA = edge.postJson(portal.url(As.APP_B, "voximplant.sip.get"),
                "{\"FILTER\":{\"APP_ID\":\"" + aAppId + "\",\"CONFIG_ID\":[" + a1.configId() + "," + a2.configId() + "]}}");
        assertEquals(0, bAsksForA.json().get("total").getIntValue(), bAsksForA::toString);
        assertEquals(List.of(w.configId()), configIds(get(portal, "{\"FILTER\":{\"APP_ID\":\"" + aAppId + "\"}}").result()));
        Reply aAsksForOther = edge.postJson(portal.url(As.APP_A, "voximplant.sip.get"),
                "{\"FILTER\":{\"APP_ID\":\"someone.else\"}}");
        assertEquals(2, aAsksForOther.json().get("total").getIntValue());

        assertEquals(0, get(edge.newPortal(), "{}").json().get("total").getIntValue(), "another portal sees nothing");
    }

    @Test
    void authorization() {
        assertError(edge.postJson(fixture.noPermissionWebhookPath() + "voximplant.sip.get", "{}"), 403, "ACCESS_DENIED",
                "Access denied!");
        assertError(edge.postJson(fixture.noScopeWebhookPath() + "voximplant.sip.get", "{}"), 403, "insufficient_scope",
                "The request requires higher privileges than provided by the webhook token");
        assertError(edge.postJson("/rest/voximplant.sip.get", "{}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    @Test
    void oddInputNeverGivesAServerError() {
        List<String> bodies = List.of(
                "{\"FILTER\":\"abc\"}", "{\"FILTER\":null}", "{\"FILTER\":{}}", "{\"FILTER\":[]}",
                "{\"FILTER\":{\"CONFIG_ID\":{\"a\":{\"b\":1}}}}", "{\"FILTER\":{\"><CONFIG_ID\":[1,{\"x\":1}]}}",
                "{\"FILTER\":{\"CONFIG_ID\":99999999999999999999999}}", "{\"FILTER\":{\"<CONFIG_ID\":-99999999999999999999}}",
                "{\"FILTER\":{\"?TITLE\":\"(((((\"}}", "{\"FILTER\":{\"?TITLE\":\"" + "(".repeat(5000) + "a" + ")".repeat(5000) + "\"}}",
                "{\"FILTER\":{\"?TITLE\":\"" + "~".repeat(100000) + "a\"}}",
                "{\"FILTER\":{\"\":\"x\"}}", "{\"FILTER\":{\"!\":\"x\"}}",
                "{\"SORT\":[\"x\"],\"ORDER\":\"ASC\"}", "{\"SORT\":\"CONFIG_ID\",\"ORDER\":{\"a\":1}}",
                "{\"start\":\"abc\"}", "{\"start\":99999999999999999999}", "{not json");
        for (String body : bodies) {
            Reply reply = get(fixture, body);
            assertTrue(reply.status() == 200 || reply.status() == 400,
                    () -> body.substring(0, Math.min(60, body.length())) + " → " + reply);
        }
        assertEquals(5, get(fixture, "{\"FILTER\":\"abc\"}").json().get("total").getIntValue(), "a scalar FILTER is no filter");
        assertEquals(5, get(fixture, "{not json").json().get("total").getIntValue());
        assertEquals(List.of(1L), configIds(get(fixture, "{\"FILTER\":{\"CONFIG_ID\":\"1\",\"config_id\":\"1\"}}").result()),
                "keys equal after uppercasing: the later one wins");
    }
}
