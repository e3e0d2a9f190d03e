package com.telephony.functions.oauthtoken;

import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.store.dynamodb.DynamoDbOAuthStore;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.Events;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /oauth/token/} through the real Lambda handler on the real engine: the refresh_token grant. */
class OAuthTokenHandlerTest {
    private static OAuthTokenHandler handler;
    private static HandlerClient client;
    private static OAuthTokens oauth;
    private static Authenticator authenticator;

    @BeforeAll
    static void start() {
        TestEnvironment env = TestEnvironment.get();
        handler = new OAuthTokenHandler();
        client = new HandlerClient(handler);
        oauth = new OAuthTokens(env.tenancy(), new DynamoDbOAuthStore(env.client(), new TelephonyTable(env.tableName())),
                Clock.systemUTC());
        authenticator = new Authenticator(env.tenancy(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    /** Application A of a fresh portal with a client secret, and an access token of user 1 with its refresh token. */
    private record App(TestPortal portal, String clientId, String secret, String refreshToken) {
    }

    private static App app() {
        TestPortal portal = TestEnvironment.get().newPortal();
        String clientId = portal.appA().clientId();
        String secret = oauth.createClientSecret(portal.portal().id(), clientId);
        Provisioning.IssuedToken token = TestEnvironment.get().provisioning().issueAccessToken(portal.portal().id(),
                clientId, 1, Provisioning.ACCESS_TOKEN_LIFETIME);
        return new App(portal, clientId, secret, oauth.issueRefreshToken(token.token()));
    }

    private static String query(App app, String refreshToken) {
        return "grant_type=refresh_token&client_id=" + app.clientId() + "&client_secret=" + app.secret()
                + "&refresh_token=" + refreshToken;
    }

    @Test
    void aRefreshTokenBuysANewPairWithBitrix24sFieldsAndTypesExactlyOnce() {
        App app = app();
        Reply reply = client.get("/oauth/token/", query(app, app.refreshToken()));

        assertEquals(200, reply.status(), reply.text());
        JsonNode body = reply.json();
        assertEquals(List.of("access_token", "expires", "expires_in", "scope", "domain", "server_endpoint", "status",
                "client_endpoint", "member_id", "user_id", "refresh_token"), keys(body));
        for (String text : List.of("access_token", "scope", "domain", "server_endpoint", "status", "client_endpoint",
                "member_id", "refresh_token")) {
            assertTrue(body.get(text).isString(), text + " is a string: " + reply.text());
        }
        for (String number : List.of("expires", "expires_in", "user_id")) {
            assertTrue(body.get(number).isNumber(), number + " is a number: " + reply.text());
        }
        assertEquals(3600, body.get("expires_in").getIntValue());
        assertTrue(Math.abs(body.get("expires").getLongValue() - (System.currentTimeMillis() / 1000 + 3600)) < 60);
        assertEquals(1, body.get("user_id").getIntValue());
        assertEquals("telephony", body.get("scope").getStringValue());
        assertEquals("L", body.get("status").getStringValue());
        assertEquals(app.portal().portal().memberId(), body.get("member_id").getStringValue());
        assertEquals("https://api.example.test/rest/", body.get("client_endpoint").getStringValue(),
                "API Gateway serves HTTPS: the portal's REST is this API");
        assertNotEquals(app.refreshToken(), body.get("refresh_token").getStringValue());

        Caller caller = authenticator.accessToken(body.get("access_token").getStringValue());
        assertEquals(app.portal().portal().id(), caller.portalId());
        assertEquals(app.clientId(), caller.applicationId());

        Reply reuse = client.get("/oauth/token/", query(app, app.refreshToken()));
        assertEquals(400, reuse.status(), reuse.text());
        assertEquals("invalid_grant", reuse.error());
    }

    @Test
    void theGrantComesAsAPostFormOrAJsonBodyToo() {
        App app = app();
        Reply form = client.postForm("/oauth/token/", query(app, app.refreshToken()));
        assertEquals(200, form.status(), form.text());
        String next = form.json().get("refresh_token").getStringValue();

        Reply json = client.postJson("/oauth/token", "{\"grant_type\":\"refresh_token\",\"client_id\":\""
                + app.clientId() + "\",\"client_secret\":\"" + app.secret() + "\",\"refresh_token\":\"" + next + "\"}");
        assertEquals(200, json.status(), json.text());
        String access = json.json().get("access_token").getStringValue();
        assertEquals(app.portal().portal().id(), authenticator.accessToken(access).portalId());
    }

    @Test
    void wrongClientsAndGrantsGetOAuthErrors() {
        App app = app();
        Reply wrongSecret = client.get("/oauth/token/", "grant_type=refresh_token&client_id=" + app.clientId()
                + "&client_secret=nope&refresh_token=" + app.refreshToken());
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.error());
        assertEquals(401, client.get("/oauth/token/", "").status(), "no credentials at all");

        App other = app();
        Reply anotherClientsToken = client.get("/oauth/token/", query(app, other.refreshToken()));
        assertEquals(400, anotherClientsToken.status());
        assertEquals("invalid_grant", anotherClientsToken.error());
        assertEquals("invalid_grant", client.get("/oauth/token/", query(app, "unknown")).error());
        assertEquals("invalid_grant", client.get("/oauth/token/", query(app, "")).error());

        Reply code = client.get("/oauth/token/", "grant_type=authorization_code&client_id=" + app.clientId()
                + "&client_secret=" + app.secret() + "&code=abc");
        assertEquals(400, code.status());
        assertEquals("unsupported_grant_type", code.error());
        assertTrue(client.get("/oauth/token/", query(app, app.refreshToken())).status() == 200,
                "the failures spent nothing");
    }

    @Test
    void concurrentRefreshesWithOneTokenLeaveExactlyOneWinner() throws Exception {
        App app = app();
        List<Reply> replies = Concurrently.run(8, i -> client.get("/oauth/token/", query(app, app.refreshToken())));
        assertEquals(1, replies.stream().filter(reply -> reply.status() == 200).count(), replies.toString());
        assertTrue(replies.stream().filter(reply -> reply.status() != 200).allMatch(r -> "invalid_grant".equals(r.error())));
    }

    @Test
    void theAnswerPointsAtTheApiTheClientCalled() {
        App app = app();
        Reply reply = client.send(Events.event("GET", "/oauth/token/", query(app, app.refreshToken()),
                Map.of("x-forwarded-proto", "http"), null, null));
        assertEquals("http://api.example.test/rest/", reply.json().get("client_endpoint").getStringValue(), reply.text());
        assertEquals("http://api.example.test/rest/", reply.json().get("server_endpoint").getStringValue());
        assertEquals("api.example.test", reply.json().get("domain").getStringValue());
    }
}
