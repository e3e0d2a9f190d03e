package com.telephony.bitrix.batch;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch} through the Bitrix24 edge over the in-memory stores (docs/batch.md): the five maps and their PHP
 * shapes, references to earlier results, halt, the length limit, commands authorized as direct calls, and the forms
 * b24jssdk and CRest send.
 */
class BatchMethodTest {
    private final BitrixHarness edge = new BitrixHarness();

    private Reply batch(TestPortal portal, String json) {
        return edge.postJson(portal.webhookPath() + "batch", json);
    }

    @Test
    void twoSipGetsSentAsB24jssdkSendsThemAnswerUnderTheirKeys() {
        TestPortal portal = edge.newPortal();
        edge.addLine(portal, As.WEBHOOK, "cloud", "First");
        edge.addLine(portal, As.WEBHOOK, "office", "Second");

        Reply reply = batch(portal, "{\"halt\":0,\"cmd\":{"
                + "\"one\":\"voximplant.sip.get?FILTER%5BCONFIG_ID%5D=1\","
                + "\"all\":\"voximplant.sip.get?SORT=CONFIG_ID&ORDER=DESC\"}}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        JsonNode result = reply.result();
        assertEquals(List.of("result", "result_error", "result_total", "result_next", "result_time"), keys(result));
        assertEquals(List.of("one", "all"), keys(result.get("result")));
        assertEquals(1, result.get("result").get("one").size());
        assertEquals("First", result.get("result").get("one").get(0).get("TITLE").getStringValue());
        assertEquals("Second", result.get("result").get("all").get(0).get("TITLE").getStringValue());
        assertTrue(result.get("result_error").isArray(), "empty result_error is PHP's []: " + reply);
        assertEquals(0, result.get("result_error").size());
        assertTrue(result.get("result_total").isObject());
        assertEquals(1, result.get("result_total").get("one").getIntValue());
        assertEquals(2, result.get("result_total").get("all").getIntValue());
        assertTrue(result.get("result_next").isArray(), "no next page anywhere: []");
        JsonNode time = result.get("result_time").get("one");
        assertEquals(List.of("start", "finish", "duration", "processing", "date_start", "date_finish"), keys(time));
        assertTrue(time.get("start").isNumber() && time.get("date_start").isString());
        JsonNode outer = reply.json().get("time");
        assertTrue(outer.get("operating").isNumber() && outer.get("operating_reset_at").isNumber());
    }

    @Test
    void crestsDoubleEncodedFormReachesTheSameCommands() {
        TestPortal portal = edge.newPortal();
        edge.addLine(portal, As.WEBHOOK, "cloud", "Alpha");
        edge.addLine(portal, As.WEBHOOK, "cloud", "Beta");
        // CRest: cmd[key] = method . '?' . http_build_query(params), then http_build_query of the whole call.
        String form = "halt=0"
                + "&cmd%5Bfirst%5D=" + encode("voximplant.sip.get?FILTER%5BCONFIG_ID%5D=1")
                + "&cmd%5Bsecond%5D=" + encode("voximplant.sip.get?FILTER%5BTITLE%5D=Beta");

        Reply reply = edge.postForm(portal.webhookPath() + "batch", form);

        assertEquals(200, reply.status(), reply::toString);
        JsonNode results = reply.result().get("result");
        assertEquals(List.of("first", "second"), keys(results));
        assertEquals("Alpha", results.get("first").get(0).get("TITLE").getStringValue());
        assertEquals("Beta", results.get("second").get(0).get("TITLE").getStringValue());
    }

    @Test
    void aReferenceToAnEarlierResultFeedsALaterCommand() {
        TestPortal portal = edge.newPortal();
        Reply reply = batch(portal, "{\"cmd\":{"
                + "\"first\":\"voximplant.sip.add?TYPE=office&TITLE=Made+in+batch&SERVER=pbx.example.com&LOGIN=u1\","
                + "\"second\":\"voximplant.sip.update?CONFIG_ID=$result[first][CONFIG_ID]&TITLE=Renamed+in+batch\","
                + "\"third\":\"voximplant.sip.get?FILTER[CONFIG_ID]=$result[first][CONFIG_ID]\"}}");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode results = reply.result().get("result");
        assertEquals(0, reply.result().get("result_error").size(), reply::toString);
        String configId = results.get("first").get("CONFIG_ID").getStringValue();
        assertEquals(1, results.get("second").getIntValue());
        assertEquals(configId, results.get("third").get(0).get("CONFIG_ID").getStringValue());
        assertEquals("Renamed in batch", results.get("third").get(0).get("TITLE").getStringValue());
        assertEquals("Renamed in batch", edge.findLine(portal, As.WEBHOOK, Long.parseLong(configId)).orElseThrow().title());
    }

    @Test
    void haltStopsAtTheFirstErrorAndReportsIt() {
        TestPortal portal = edge.newPortal();
        String cmd = "\"cmd\":{\"bad\":\"voximplant.sip.update?CONFIG_ID=999&TITLE=x\","
                + "\"after\":\"voximplant.sip.add?TYPE=office&SERVER=pbx.example.com&LOGIN=u\"}";

        Reply halted = batch(portal, "{\"halt\":1," + cmd + "}");

        assertEquals(200, halted.status());
        JsonNode result = halted.result();
        assertEquals(List.of("bad"), keys(result.get("result_error")));
        assertEquals("ERROR_NOT_FOUND", result.get("result_error").get("bad").get("error").getStringValue());
        assertEquals("Specified CONFIG_ID is not found",
                result.get("result_error").get("bad").get("error_description").getStringValue());
        assertTrue(result.get("result").isArray() && result.get("result").size() == 0, halted::toString);
        assertTrue(edge.findLine(portal, As.WEBHOOK, 1).isEmpty(), "nothing ran after the error");

        Reply carriedOn = batch(portal, "{\"halt\":0," + cmd + "}");
        assertEquals(List.of("after"), keys(carriedOn.result().get("result")));
        assertEquals(List.of("bad"), keys(carriedOn.result().get("result_error")));
    }

    @Test
    void fiftyOneCommandsAreRefusedAndNoneRuns() {
        TestPortal portal = edge.newPortal();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i <= BatchMethod.MAX_COMMANDS; i++) {
            commands.add("\"voximplant.sip.add?TYPE=office&SERVER=pbx.example.com&LOGIN=u" + i + "\"");
        }
        assertError(batch(portal, "{\"cmd\":[" + String.join(",", commands) + "]}"), 400, "ERROR_BATCH_LENGTH_EXCEEDED",
                "Max batch length exceeded");
        assertTrue(edge.findLine(portal, As.WEBHOOK, 1).isEmpty(), "no command ran");

        Reply fifty = batch(portal, "{\"cmd\":[" + String.join(",", commands.subList(0, 50)) + "]}");
        assertEquals(200, fifty.status(), fifty::toString);
        assertEquals(50, fifty.result().get("result").size());
    }

    @Test
    void aListOfCommandsAnswersListsAndMissingKeysMakeObjects() {
        TestPortal portal = edge.newPortal();
        Reply reply = batch(portal, "{\"cmd\":[\"voximplant.sip.connector.status\",\"no.such.method\","
                + "\"batch?cmd[0]=server.time\",\"voximplant.sip.get\"]}");

        assertEquals(200, reply.status(), reply::toString);
        JsonNode result = reply.result();
        assertTrue(result.get("result").isObject(), "keys 0 and 3 only: a PHP map, so an object " + reply);
        assertEquals(List.of("0", "3"), keys(result.get("result")));
        assertEquals(List.of("1", "2"), keys(result.get("result_error")));
        assertEquals("ERROR_METHOD_NOT_FOUND", result.get("result_error").get("1").get("error").getStringValue());
        assertEquals("ERROR_BATCH_METHOD_NOT_ALLOWED", result.get("result_error").get("2").get("error").getStringValue());

        Reply list = batch(portal, "{\"cmd\":[\"voximplant.sip.connector.status\",\"voximplant.sip.get\"]}");
        assertTrue(list.result().get("result").isArray(), list::toString);
        assertTrue(list.result().get("result_time").isArray(), list::toString);
        assertEquals(2, list.result().get("result").size());
    }

    @Test
    void eachCommandIsAuthorizedAsADirectCallWouldBe() {
        TestPortal portal = edge.newPortal();
        Reply noScope = edge.postJson(portal.noScopeWebhookPath() + "batch", "{\"cmd\":{\"a\":\"voximplant.sip.get\",\"b\":\"server.time\"}}");
        assertEquals(200, noScope.status(), noScope::toString);
        assertEquals("insufficient_scope", noScope.result().get("result_error").get("a").get("error").getStringValue());
        assertTrue(noScope.result().get("result").get("b").isString(), "global methods need no scope");

        Reply noPermission = edge.postJson(portal.noPermissionWebhookPath() + "batch", "{\"cmd\":{\"a\":\"voximplant.sip.get\"}}");
        assertEquals("ACCESS_DENIED", noPermission.result().get("result_error").get("a").get("error").getStringValue());

        Reply webhook = batch(portal, "{\"cmd\":{\"ext\":\"telephony.externalLine.get\"}}");
        assertEquals("WRONG_AUTH_TYPE", webhook.result().get("result_error").get("ext").get("error").getStringValue());

        Reply app = edge.postJson("/rest/batch", "{\"auth\":\"" + portal.tokenA() + "\",\"cmd\":{"
                + "\"add\":\"telephony.externalLine.add?NUMBER=555&NAME=Main\",\"get\":\"telephony.externalLine.get\"}}");
        assertEquals(200, app.status(), app::toString);
        assertEquals("555", app.result().get("result").get("get").get(0).get("NUMBER").getStringValue());

        assertError(edge.postJson("/rest/batch", "{\"cmd\":{\"a\":\"server.time\"}}"), 401, "NO_AUTH_FOUND",
                "Wrong authorization data");
        assertError(edge.postJson("/rest/batch", "{\"auth\":\"" + portal.expiredTokenA() + "\",\"cmd\":[]}"), 401,
                "expired_token", "The access token provided has expired");
    }

    @Test
    void anEmptyOrMissingCmdAnswersFiveEmptyArrays() {
        TestPortal portal = edge.newPortal();
        for (String body : List.of("{}", "{\"cmd\":{}}", "{\"cmd\":\"not a list\"}", "{\"cmd\":[]}")) {
            Reply reply = batch(portal, body);
            assertEquals(200, reply.status(), reply::toString);
            for (String map : List.of("result", "result_error", "result_total", "result_next", "result_time")) {
                assertTrue(reply.result().get(map).isArray() && reply.result().get(map).size() == 0, body + " " + reply);
            }
        }
        assertFalse(keys(batch(portal, "{}").json()).contains("error"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
