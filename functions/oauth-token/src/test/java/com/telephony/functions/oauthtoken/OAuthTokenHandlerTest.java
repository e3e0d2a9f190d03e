package com.telephony.functions.oauthtoken;

import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.store.dynamodb.DynamoDbOAuthStore;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testsupport.Concurrently;
import com.telephony.testsupport.EventFiles;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /oauth/token/} through the real Lambda handler, with API Gateway events and a Lambda Context, on the real
 * engine: its event file, the grant as a query, a form or JSON, the API's address from the event's headers, and
 * parallel refreshes. The grant's rules and answer are unit tests in shared/bitrix-rest ({@code OAuthTokenEndpointTest}).
 */
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
    void theEventFileGoesThroughTheHandlerWithALambdaContext() {
        EventFiles.provisionDevTenant();
        String clientId = "local.devapp.0001";
        oauth.createClientSecret(EventFiles.PORTAL_ID, clientId, "localdevclientsecret");
        oauth.issueRefreshToken(TestEnvironment.get().provisioning().issueAccessToken(EventFiles.PORTAL_ID, clientId, 1,
                Provisioning.ACCESS_TOKEN_LIFETIME).token(), "localdevrefreshtoken");

        Reply reply = client.send(EventFiles.load("oauth-token"));

        assertEquals(200, reply.status(), reply.text());
        assertEquals("application/json; charset=utf-8", reply.headers().get("Content-Type"));
        JsonNode body = reply.json();
        assertEquals(List.of("access_token", "expires", "expires_in", "scope", "domain", "server_endpoint", "status",
                "client_endpoint", "member_id", "user_id", "refresh_token"), keys(body));
        Caller caller = authenticator.accessToken(body.get("access_token").getStringValue());
        assertEquals(EventFiles.PORTAL_ID, caller.portalId(), "the new token is stored and authenticates");
        assertEquals(clientId, caller.applicationId());
        assertEquals(400, client.send(EventFiles.load("oauth-token")).status(), "the refresh token was spent");
    }

    @Test
    void theGrantComesAsAQueryAPostFormOrAJsonBody() {
        App app = app();
        Reply query = client.get("/oauth/token/", query(app, app.refreshToken()));
        assertEquals(200, query.status(), query.text());
        Reply form = client.postForm("/oauth/token/", query(app, query.json().get("refresh_token").getStringValue()));
        assertEquals(200, form.status(), form.text());
        String next = form.json().get("refresh_token").getStringValue();

        Reply json = client.postJson("/oauth/token", "{\"grant_type\":\"refresh_token\",\"client_id\":\""
                + app.clientId() + "\",\"client_secret\":\"" + app.secret() + "\",\"refresh_token\":\"" + next + "\"}");
        assertEquals(200, json.status(), json.text());
        String access = json.json().get("access_token").getStringValue();
        assertEquals(app.portal().portal().id(), authenticator.accessToken(access).portalId());
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
