package com.telephony.bitrix.oauth;

import com.telephony.bitrix.BitrixHarness;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.telephony.testsupport.JsonFields.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /oauth/token/} over the in-memory stores (docs/oauth.md): the refresh_token grant buys one new pair with
 * Bitrix24's fields and types, the new access token calls the REST API, and wrong clients and grants get OAuth's
 * errors without spending the refresh token. Parallel refreshes on the real engine stay in the function's test.
 */
class OAuthTokenEndpointTest {
    private static final Instant NOW = Instant.parse("2026-11-22T22:57:29Z");
    private static final Map<String, String> API_GATEWAY = Map.of("Host", "api.example.test");

    private final BitrixHarness edge = new BitrixHarness(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Application A of a fresh portal with a client secret, and an access token of user 1 with its refresh token. */
    private record App(TestPortal portal, String clientId, String secret, String refreshToken) {
    }

    private App app() {
        TestPortal portal = edge.newPortal();
        String clientId = portal.appA().clientId();
        String secret = edge.oauth.createClientSecret(portal.portal().id(), clientId);
        Provisioning.IssuedToken token = edge.provisioning.issueAccessToken(portal.portal().id(), clientId, 1,
                Provisioning.ACCESS_TOKEN_LIFETIME);
        return new App(portal, clientId, secret, edge.oauth.issueRefreshToken(token.token()));
    }

    private static String query(App app, String refreshToken) {
        return "grant_type=refresh_token&client_id=" + app.clientId() + "&client_secret=" + app.secret()
                + "&refresh_token=" + refreshToken;
    }

    private Reply get(String query) {
        return edge.oauthToken("GET", "/oauth/token/?" + query, API_GATEWAY, null);
    }

    @Test
    void aRefreshTokenBuysANewPairWithBitrix24sFieldsAndTypesExactlyOnce() {
        App app = app();
        Reply reply = get(query(app, app.refreshToken()));

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("application/json; charset=utf-8", reply.headers().get("Content-Type"));
        JsonNode body = reply.json();
        assertEquals(List.of("access_token", "expires", "expires_in", "scope", "domain", "server_endpoint", "status",
                "client_endpoint", "member_id", "user_id", "refresh_token"), keys(body));
        for (String text : List.of("access_token", "scope", "domain", "server_endpoint", "status", "client_endpoint",
                "member_id", "refresh_token")) {
            assertTrue(body.get(text).isString(), text + " is a string: " + reply);
        }
        for (String number : List.of("expires", "expires_in", "user_id")) {
            assertTrue(body.get(number).isNumber(), number + " is a number: " + reply);
        }
        assertEquals(3600, body.get("expires_in").getIntValue());
        assertEquals(NOW.getEpochSecond() + 3600, body.get("expires").getLongValue());
        assertEquals(1, body.get("user_id").getIntValue());
        assertEquals("telephony", body.get("scope").getStringValue());
        assertEquals("L", body.get("status").getStringValue());
        assertEquals(app.portal().portal().memberId(), body.get("member_id").getStringValue());
        assertEquals("https://api.example.test/rest/", body.get("client_endpoint").getStringValue(),
                "API Gateway serves HTTPS: the portal's REST is this API");
        assertEquals("api.example.test", body.get("domain").getStringValue());
        assertNotEquals(app.refreshToken(), body.get("refresh_token").getStringValue());

        Reply profile = edge.postJson("/rest/profile", "{\"auth\":\"" + body.get("access_token").getStringValue() + "\"}");
        assertEquals(200, profile.status(), "the new access token calls the API as user 1 of the app: " + profile);

        Reply reuse = get(query(app, app.refreshToken()));
        assertEquals(400, reuse.status(), reuse::toString);
        assertEquals("invalid_grant", reuse.error());
    }

    @Test
    void theGrantComesAsAPostFormOrAJsonBodyToo() {
        App app = app();
        Reply form = edge.oauthToken("POST", "/oauth/token/",
                Map.of("Host", "api.example.test", "Content-Type", "application/x-www-form-urlencoded"), query(app, app.refreshToken()));
        assertEquals(200, form.status(), form::toString);
        String next = form.json().get("refresh_token").getStringValue();

        Reply json = edge.oauthToken("POST", "/oauth/token", Map.of("Host", "api.example.test", "Content-Type", "application/json"),
                "{\"grant_type\":\"refresh_token\",\"client_id\":\"" + app.clientId() + "\",\"client_secret\":\""
                        + app.secret() + "\",\"refresh_token\":\"" + next + "\"}");
        assertEquals(200, json.status(), json::toString);
        Reply profile = edge.postJson("/rest/profile", "{\"auth\":\"" + json.json().get("access_token").getStringValue() + "\"}");
        assertEquals(200, profile.status(), profile::toString);
    }

    @Test
    void wrongClientsAndGrantsGetOAuthErrorsAndSpendNothing() {
        App app = app();
        Reply wrongSecret = get("grant_type=refresh_token&client_id=" + app.clientId()
                + "&client_secret=nope&refresh_token=" + app.refreshToken());
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.error());
        assertEquals(401, edge.oauthToken("GET", "/oauth/token/", API_GATEWAY, null).status(), "no credentials at all");

        App other = app();
        Reply anotherClientsToken = get(query(app, other.refreshToken()));
        assertEquals(400, anotherClientsToken.status());
        assertEquals("invalid_grant", anotherClientsToken.error());
        assertEquals("invalid_grant", get(query(app, "unknown")).error());
        assertEquals("invalid_grant", get(query(app, "")).error());

        Reply code = get("grant_type=authorization_code&client_id=" + app.clientId() + "&client_secret=" + app.secret() + "&code=abc");
        assertEquals(400, code.status());
        assertEquals("unsupported_grant_type", code.error());
        assertEquals(200, get(query(app, app.refreshToken())).status(), "the failures spent nothing");
        assertEquals(200, get(query(other, other.refreshToken())).status());
    }

    @Test
    void theAnswerPointsAtTheApiTheClientCalled() {
        App app = app();
        Reply reply = edge.oauthToken("GET", "/oauth/token/?" + query(app, app.refreshToken()),
                Map.of("Host", "localhost:3000", "X-Forwarded-Proto", "http"), null);
        assertEquals("http://localhost:3000/rest/", reply.json().get("client_endpoint").getStringValue(), reply::toString);
        assertEquals("http://localhost:3000/rest/", reply.json().get("server_endpoint").getStringValue());
    }
}
