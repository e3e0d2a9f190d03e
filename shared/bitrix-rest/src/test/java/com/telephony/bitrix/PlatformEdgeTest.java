package com.telephony.bitrix;

import com.telephony.bitrix.batch.BatchMethod;
import com.telephony.bitrix.listing.SipLineListing;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.bitrix.methods.SipGetMethod;
import com.telephony.bitrix.methods.SipUpdateMethod;
import com.telephony.bitrix.oauth.OAuthTokenEndpoint;
import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.bitrix.platform.AppInfoMethod;
import com.telephony.bitrix.platform.ProfileMethod;
import com.telephony.bitrix.platform.ServerTimeMethod;
import com.telephony.domain.limits.LimitPolicy;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.store.memory.InMemoryRequestLimiter;
import com.telephony.store.memory.InMemoryStores;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform layer over the in-memory stores (docs/batch.md, docs/limits.md, docs/oauth.md,
 * docs/platform-methods.md): batch through the same runner as direct calls, the limits' answers, the info methods'
 * JSON types and the refresh grant, wired by hand as the factory would.
 */
class PlatformEdgeTest {
    private static final Json JSON = new Json();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T22:57:29Z"), ZoneOffset.UTC);

    private final InMemoryStores stores = InMemoryStores.create();
    private final Provisioning provisioning = new Provisioning(stores.tenancy(), CLOCK);
    private final Portal portal = provisioning.createPortal("acme.bitrix24.com", ZoneId.of("Europe/Berlin"));
    private final String webhook;
    private final Provisioning.IssuedToken appToken;
    private final MethodRegistry registry;

    PlatformEdgeTest() {
        provisioning.addUser(portal.id(), 1, "Admin", true, false);
        provisioning.addUser(portal.id(), 2, "Clerk", false, false);
        webhook = "/rest/1/" + provisioning.createWebhook(portal.id(), 1, Set.of("telephony")).code() + "/";
        provisioning.registerApplication(portal.id(), "app.a", "A", Set.of("telephony"));
        appToken = provisioning.issueAccessToken(portal.id(), "app.a", 1, Duration.ofHours(1));
        SipLineService lines = new SipLineService(stores.sipLines(), BitrixWiring::incomingServer);
        registry = new MethodRegistry(List.of(new SipAddMethod(lines),
                new SipGetMethod(new SipLineListing(stores.sipLines())), new SipUpdateMethod(lines),
                new BatchMethod(), new ProfileMethod(CLOCK), new AppInfoMethod(), new ServerTimeMethod(CLOCK)));
    }

    private BitrixRestEndpoint edge(RequestLimiter limiter) {
        return new BitrixRestEndpoint(registry, registry, new ParamDecoder(JSON),
                new Authenticator(stores.tenancy(), CLOCK), new Envelope(JSON), CLOCK, limiter);
    }

    private static HttpResponse call(HttpEndpoint endpoint, String method, String path, String contentType, String body) {
        String[] pathAndQuery = path.split("\\?", 2);
        return endpoint.handle(new HttpRequest(method, pathAndQuery[0], pathAndQuery.length > 1 ? pathAndQuery[1] : "",
                Headers.of(contentType == null ? Map.of() : Map.of("Content-Type", contentType)),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse response) {
        return JSON.parse(response.body()).orElseThrow();
    }

    private JsonNode ok(BitrixRestEndpoint edge, String path, String body) {
        HttpResponse response = call(edge, "POST", path, "application/json", body);
        assertEquals(200, response.status(), response.bodyText());
        return json(response);
    }

    @Test
    void aBatchRunsItsCommandsWithReferencesAndHalts() {
        BitrixRestEndpoint edge = edge(RequestLimiter.none());
        JsonNode answer = ok(edge, webhook + "batch", "{\"halt\":0,\"cmd\":{"
                + "\"first\":\"voximplant.sip.add?TYPE=cloud&TITLE=One&SERVER=sip.example.com&LOGIN=u&PASSWORD=p\","
                + "\"second\":\"voximplant.sip.update?CONFIG_ID=$result[first][CONFIG_ID]&TITLE=Renamed\","
                + "\"listed\":\"voximplant.sip.get?FILTER[TITLE]=Renamed\","
                + "\"missing\":\"no.such.method\"}}").get("result");
        assertTrue(answer.get("result").get("second") != null, "the reference fed the update: " + answer);
        assertEquals(null, answer.get("result_error").get("second"), "the update found the line: " + answer);
        assertEquals(1, answer.get("result_total").get("listed").getIntValue());
        assertEquals("ERROR_METHOD_NOT_FOUND", answer.get("result_error").get("missing").get("error").getStringValue());
        assertTrue(answer.get("result_time").get("first").get("start").isNumber());

        // CRest's form, a list of commands, halt at the first error.
        HttpResponse form = call(edge, "POST", webhook + "batch.json", "application/x-www-form-urlencoded",
                "halt=1&cmd[0]=voximplant.sip.update%3FCONFIG_ID%3D999%26TITLE%3Dx&cmd[1]=server.time");
        assertEquals(200, form.status(), form.bodyText());
        JsonNode halted = json(form).get("result");
        assertEquals(1, halted.get("result_error").size(), form.bodyText());
        assertEquals("ERROR_NOT_FOUND", halted.get("result_error").get(0).get("error").getStringValue());
        assertEquals(0, halted.get("result").size(), "the command after the error did not run: " + form.bodyText());
        assertEquals(0, halted.get("result_time").size());

        StringBuilder many = new StringBuilder("{\"cmd\":[");
        for (int i = 0; i <= BatchMethod.MAX_COMMANDS; i++) {
            many.append(i == 0 ? "" : ",").append("\"server.time\"");
        }
        HttpResponse refused = call(edge, "POST", webhook + "batch", "application/json", many.append("]}").toString());
        assertEquals(400, refused.status(), refused.bodyText());
        assertEquals("ERROR_BATCH_LENGTH_EXCEEDED", json(refused).get("error").getStringValue());

        JsonNode nested = ok(edge, webhook + "batch", "{\"cmd\":{\"inner\":\"batch?cmd[a]=server.time\"}}").get("result");
        assertTrue(nested.get("result_error").get("inner").get("error").isString());
    }

    @Test
    void infoMethodsAnswerWithBitrix24sTypes() {
        BitrixRestEndpoint edge = edge(RequestLimiter.none());
        JsonNode profile = ok(edge, webhook + "profile", "{}").get("result");
        assertTrue(profile.get("ADMIN").isBoolean());
        assertTrue(profile.get("ADMIN").getBooleanValue());
        JsonNode app = ok(edge, "/rest/app.info", "{\"auth\":\"" + appToken.plaintext() + "\"}").get("result");
        assertTrue(app.get("INSTALLED").isBoolean());
        assertTrue(app.get("LICENSE").isString());
        assertEquals("app.a", app.get("CODE").getStringValue());
        JsonNode hook = ok(edge, webhook + "app.info", "{}").get("result");
        assertTrue(hook.get("SCOPE").isArray());
        JsonNode time = ok(edge, webhook + "server.time", "{}");
        assertTrue(time.get("result").isString());
        assertTrue(time.get("result").getStringValue().startsWith("2026-11-2"));
    }

    @Test
    void theBucketAnswers503AndTheOperatingBudget429() {
        BitrixRestEndpoint burstOfTwo = edge(new InMemoryRequestLimiter(new LimitPolicy(2, 1, Duration.ofSeconds(480))));
        ok(burstOfTwo, webhook + "server.time", "{}");
        ok(burstOfTwo, webhook + "batch", "{\"cmd\":[\"server.time\",\"profile\"]}");
        HttpResponse refused = call(burstOfTwo, "POST", webhook + "server.time", "application/json", "{}");
        assertEquals(503, refused.status());
        assertEquals("QUERY_LIMIT_EXCEEDED", json(refused).get("error").getStringValue());

        BitrixRestEndpoint noBudget = edge(new InMemoryRequestLimiter(new LimitPolicy(50, 2, Duration.ZERO)));
        JsonNode first = ok(noBudget, webhook + "server.time", "{}");
        assertTrue(first.get("time").get("operating").isNumber());
        assertTrue(first.get("time").get("operating_reset_at").isNumber());
        HttpResponse blocked = call(noBudget, "POST", webhook + "server.time", "application/json", "{}");
        assertEquals(429, blocked.status(), blocked.bodyText());
        assertEquals("OPERATION_TIME_LIMIT", json(blocked).get("error").getStringValue());
        ok(noBudget, webhook + "profile", "{}");
    }

    @Test
    void aRefreshTokenBuysOneNewPair() {
        OAuthTokens tokens = new OAuthTokens(stores.tenancy(), stores.oauth(), CLOCK);
        String secret = tokens.createClientSecret(portal.id(), "app.a");
        String refresh = tokens.issueRefreshToken(appToken.token());
        OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(tokens, new ParamDecoder(JSON), JSON);
        String grant = "grant_type=refresh_token&client_id=app.a&client_secret=" + secret + "&refresh_token=";

        HttpResponse refreshed = call(endpoint, "GET", "/oauth/token/?" + grant + refresh, null, null);
        assertEquals(200, refreshed.status(), refreshed.bodyText());
        JsonNode pair = json(refreshed);
        assertTrue(pair.get("expires").isNumber());
        assertEquals(3600, pair.get("expires_in").getIntValue());
        assertEquals(portal.memberId(), pair.get("member_id").getStringValue());
        assertEquals(1, pair.get("user_id").getIntValue());
        ok(edge(RequestLimiter.none()), "/rest/profile", "{\"auth\":\"" + pair.get("access_token").getStringValue() + "\"}");

        HttpResponse reused = call(endpoint, "POST", "/oauth/token/", "application/x-www-form-urlencoded", grant + refresh);
        assertEquals(400, reused.status());
        assertEquals("invalid_grant", json(reused).get("error").getStringValue());
        HttpResponse wrongClient = call(endpoint, "POST", "/oauth/token/", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&client_id=app.a&client_secret=wrong&refresh_token="
                        + pair.get("refresh_token").getStringValue());
        assertEquals(401, wrongClient.status());
        assertEquals("invalid_client", json(wrongClient).get("error").getStringValue());
        HttpResponse otherGrant = call(endpoint, "POST", "/oauth/token/", "application/x-www-form-urlencoded",
                "grant_type=authorization_code&client_id=app.a&client_secret=" + secret);
        assertEquals(400, otherGrant.status());
        assertEquals(401, call(endpoint, "GET", "/oauth/token/?grant_type=password", null, null).status());
        assertEquals(404, call(endpoint, "GET", "/oauth/other/", null, null).status());
    }
}
