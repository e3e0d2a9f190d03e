package com.telephony.functions.externallinedelete;

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** telephony.externalLine.delete through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class ExternalLineDeleteHandlerTest {
    private static final String DELETE = "/rest/telephony.externalLine.delete";

    private static ExternalLineDeleteHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new ExternalLineDeleteHandler();
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void deletesTheLineAndAnswersAnEmptyArray() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "Support Line", "N");
        TestExternalLines.add(portal.tokenA(), "200", "stays", "N");

        Reply reply = delete(portal.tokenA(), "{\"NUMBER\":\"14151234567\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of("result", "time"), keys(reply.json()));
        assertTrue(reply.result().isArray() && reply.result().size() == 0, reply::toString);
        assertTrue(reply.text().startsWith("{\"result\":[],\"time\":{"), reply.text());
        assertEquals(List.of("200"), numbers(portal, portal.appA().clientId()));

        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\"14151234567\"}"), "Could not find line with number 14151234567");
        TestExternalLines.add(portal.tokenA(), "14151234567", "again", null);
        assertEquals(List.of("14151234567", "200"), numbers(portal, portal.appA().clientId()), "the number is free again");
    }

    @Test
    void numberShouldNotBeEmpty() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String body : List.of("{}", "{\"NUMBER\":\"\"}", "{\"NUMBER\":\" \\n\"}", "{\"NUMBER\":null}",
                "{\"NUMBER\":[]}", "{\"number\":\"1\"}", "{oops")) {
            assertCore(delete(portal.tokenA(), body), "NUMBER should not be empty");
        }
    }

    @Test
    void couldNotFindLine() {
        TestPortal portal = TestEnvironment.get().newPortal();
        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\" 404 \"}"), "Could not find line with number 404");
        String long51 = "1".repeat(51);
        assertCore(delete(portal.tokenA(), "{\"NUMBER\":\"" + long51 + "\"}"), "Could not find line with number " + long51);
    }

    @Test
    void anApplicationCannotDeleteAnotherApplicationsLines() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "14151234567", "A", "Y");
        TestExternalLines.add(portal.tokenA(), "500", "A only", "Y");
        TestExternalLines.add(portal.tokenB(), "14151234567", "B", "Y");

        assertCore(delete(portal.tokenB(), "{\"NUMBER\":\"500\"}"), "Could not find line with number 500");
        assertEquals(200, delete(portal.tokenB(), "{\"NUMBER\":\"14151234567\"}").status());
        assertEquals(List.of(), numbers(portal, portal.appB().clientId()));
        assertEquals(List.of("14151234567", "500"), numbers(portal, portal.appA().clientId()), "A's lines untouched");

        TestPortal other = TestEnvironment.get().newPortal();
        assertCore(delete(other.tokenA(), "{\"NUMBER\":\"500\"}"), "Could not find line with number 500");
        assertEquals(200, delete(portal.noPermissionTokenA(), "{\"NUMBER\":\"500\"}").status(), "any user of the app");
    }

    @Test
    void phpFormBodyBehavesLikeJson() {
        TestPortal portal = TestEnvironment.get().newPortal();
        TestExternalLines.add(portal.tokenA(), "600", null, null);
        Reply form = client.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600");
        assertEquals(200, form.status(), form::toString);
        assertTrue(form.text().startsWith("{\"result\":[],"), form.text());
        assertEquals(List.of(), numbers(portal, portal.appA().clientId()));
        assertCore(client.postForm(DELETE, "auth=" + portal.tokenA() + "&NUMBER=600"), "Could not find line with number 600");
        assertCore(client.postForm(DELETE, "auth=" + portal.tokenA()), "NUMBER should not be empty");
    }

    @Test
    void webhooksAreRefusedWithWrongAuthType() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String webhook : List.of(portal.webhookPath(), portal.noPermissionWebhookPath())) {
            assertError(client.postJson(webhook + "telephony.externalLine.delete", "{\"NUMBER\":\"1\"}"), 403,
                    "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
        }
        assertError(client.postJson(DELETE, "{\"NUMBER\":\"1\"}"), 401, "NO_AUTH_FOUND", "Wrong authorization data");
        assertError(delete(portal.expiredTokenA(), "{\"NUMBER\":\"1\"}"), 401, "expired_token",
                "The access token provided has expired");
    }

    @Test
    void badInputNeverGivesAServerError() {
        TestPortal portal = TestEnvironment.get().newPortal();
        for (String body : List.of("", "[1]", "\"x\"", "{\"NUMBER\":{\"a\":{\"b\":1}}}", "{\"NUMBER\":1e3}",
                "{\"NUMBER\":\"" + "9".repeat(1_000_000) + "\"}")) {
            Reply reply = client.postJson(DELETE + "?auth=" + portal.tokenA(), body);
            assertNotEquals(500, reply.status(), reply::toString);
            assertEquals(400, reply.status(), reply::toString);
        }
    }

    private static List<String> numbers(TestPortal portal, String applicationId) {
        return TestExternalLines.stored(portal.portal().id(), applicationId).stream()
                .map(TestExternalLines.Stored::number).toList();
    }

    /** A JSON object body gets the token as its {@code auth} key, as SDKs send it; anything else in the query. */
    private static Reply delete(String token, String json) {
        if (!json.startsWith("{") || !json.endsWith("}")) {
            return client.postJson(DELETE + "?auth=" + token, json);
        }
        String head = json.equals("{}") ? "{" : json.substring(0, json.length() - 1) + ",";
        return client.postJson(DELETE, head + "\"auth\":\"" + token + "\"}");
    }

    private static void assertCore(Reply reply, String description) {
        assertError(reply, 400, "ERROR_CORE", description);
    }
}
