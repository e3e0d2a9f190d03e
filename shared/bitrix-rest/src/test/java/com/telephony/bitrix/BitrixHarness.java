package com.telephony.bitrix;

import com.telephony.bitrix.batch.BatchMethod;
import com.telephony.bitrix.listing.SipLineListing;
import com.telephony.bitrix.methods.ExternalLineAddMethod;
import com.telephony.bitrix.methods.ExternalLineDeleteMethod;
import com.telephony.bitrix.methods.ExternalLineGetMethod;
import com.telephony.bitrix.methods.ExternalLineUpdateMethod;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.bitrix.methods.SipConnectorStatusMethod;
import com.telephony.bitrix.methods.SipDeleteMethod;
import com.telephony.bitrix.methods.SipGetMethod;
import com.telephony.bitrix.methods.SipStatusMethod;
import com.telephony.bitrix.methods.SipUpdateMethod;
import com.telephony.bitrix.oauth.OAuthTokenEndpoint;
import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.bitrix.platform.AppInfoMethod;
import com.telephony.bitrix.platform.ProfileMethod;
import com.telephony.bitrix.platform.ServerTimeMethod;
import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.extline.NewExternalLine;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipConnectorService;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.sip.SipRegistrationService;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.store.memory.InMemoryStores;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestPortal.As;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.telephony.testsupport.BitrixAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Bitrix24 edge with every telephony method, {@code batch} and the platform methods it may call over the
 * in-memory stores, and the {@code /oauth/token/} endpoint, wired by hand as the factory does, and the callers the
 * methods' tests need: what the functions' handler tests asked of the real engine, without one
 * (docs/architecture.md, "Tests, in tiers").
 */
public final class BitrixHarness {
    private static final Json JSON = new Json();

    public final InMemoryStores stores = InMemoryStores.create();
    public final Clock clock;
    public final Provisioning provisioning;
    public final SipLineService lines;
    public final ExternalLineService externalLines;
    public final OAuthTokens oauth;
    public final BitrixRestEndpoint edge;
    public final OAuthTokenEndpoint oauthEndpoint;

    public BitrixHarness() {
        this(Clock.systemUTC());
    }

    public BitrixHarness(Clock clock) {
        this.clock = clock;
        this.provisioning = new Provisioning(stores.tenancy(), clock);
        this.lines = new SipLineService(stores.sipLines(), BitrixWiring::incomingServer);
        this.externalLines = new ExternalLineService(stores.externalLines());
        MethodRegistry registry = new MethodRegistry(List.of(new SipAddMethod(lines),
                new SipGetMethod(new SipLineListing(stores.sipLines())), new SipUpdateMethod(lines),
                new SipDeleteMethod(lines), new SipStatusMethod(new SipRegistrationService(stores.sipLines(), clock)),
                new SipConnectorStatusMethod(new SipConnectorService(stores.sipConnectors())),
                new ExternalLineAddMethod(externalLines), new ExternalLineGetMethod(externalLines),
                new ExternalLineUpdateMethod(externalLines), new ExternalLineDeleteMethod(externalLines),
                new BatchMethod(), new ServerTimeMethod(clock), new ProfileMethod(clock), new AppInfoMethod()));
        this.edge = new BitrixRestEndpoint(registry, registry, new ParamDecoder(JSON),
                new Authenticator(stores.tenancy(), clock), new Envelope(JSON), clock, RequestLimiter.none());
        this.oauth = new OAuthTokens(stores.tenancy(), stores.oauth(), clock);
        this.oauthEndpoint = new OAuthTokenEndpoint(oauth, new ParamDecoder(JSON), JSON);
    }

    /** A provisioned portal and its callers (see {@link TestPortal}). */
    public TestPortal newPortal() {
        return TestPortal.create(provisioning);
    }

    public SipLine addLine(TestPortal portal, As as, SipLineDraft draft) {
        return lines.add(portal.caller(as), draft);
    }

    /** A line with server {@code sip.example.com}, login {@code user} and password {@code pw}. */
    public SipLine addLine(TestPortal portal, As as, String type, String title) {
        return addLine(portal, as, new SipLineDraft(type, title, "sip.example.com", "user", "pw"));
    }

    /** The line as stored now. */
    public Optional<SipLine> findLine(TestPortal portal, As as, long configId) {
        return stores.sipLines().find(LineOwner.of(portal.caller(as)), configId);
    }

    /** An external line of application A or B, added as its admin; {@code crmAutoCreate} null is the default. */
    public ExternalLine addExternalLine(TestPortal portal, As as, String number, String name, Boolean crmAutoCreate) {
        return externalLines.add(portal.caller(as), new NewExternalLine(number, name, crmAutoCreate));
    }

    /** The application's external lines as stored now, oldest first. */
    public List<ExternalLine> externalLines(TestPortal portal, As as) {
        return stores.externalLines().list(ExternalLineOwner.of(portal.caller(as)));
    }

    /** The application's external line with this number as stored now. */
    public Optional<ExternalLine> findExternalLine(TestPortal portal, As as, String number) {
        return stores.externalLines().find(ExternalLineOwner.of(portal.caller(as)), number);
    }

    /** The same, which must exist. */
    public ExternalLine storedExternalLine(TestPortal portal, As as, String number) {
        return findExternalLine(portal, as, number).orElseThrow(() -> new AssertionError("no line " + number));
    }

    public Reply send(String method, String target, String contentType, String body) {
        return send(edge, method, target, contentType == null ? Map.of() : Map.of("Content-Type", contentType), body);
    }

    /** A call of {@code /oauth/token/} with these headers (API Gateway passes {@code Host} and {@code X-Forwarded-Proto}). */
    public Reply oauthToken(String method, String target, Map<String, String> headers, String body) {
        return send(oauthEndpoint, method, target, headers, body);
    }

    private static Reply send(HttpEndpoint endpoint, String method, String target, Map<String, String> headers, String body) {
        String[] pathAndQuery = target.split("\\?", 2);
        HttpResponse response = endpoint.handle(new HttpRequest(method, pathAndQuery[0],
                pathAndQuery.length > 1 ? pathAndQuery[1] : "", Headers.of(headers),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
        return new Reply(response.status(), response.headers(), response.bodyText());
    }

    public Reply postJson(String target, String json) {
        return send("POST", target, "application/json", json);
    }

    /** A JSON object body gets the token as its {@code auth} key, as SDKs send it; anything else in the query. */
    public Reply postJsonWithToken(String target, String token, String json) {
        if (!json.startsWith("{") || !json.endsWith("}")) {
            return postJson(target + "?auth=" + token, json);
        }
        String head = json.equals("{}") ? "{" : json.substring(0, json.length() - 1) + ",";
        return postJson(target, head + "\"auth\":\"" + token + "\"}");
    }

    /**
     * Callers without the right to call {@code method} with this JSON body are refused with the edge's codes: a user
     * without the telephony permission (webhook or token) 403 ACCESS_DENIED, a webhook without the scope 403
     * insufficient_scope, an expired token and no credentials at all 401.
     */
    public void assertCallersWithoutRightsAreRefused(TestPortal portal, String method, String body) {
        assertRefused(postJson(portal.noPermissionWebhookPath() + method, body), 403, "ACCESS_DENIED");
        assertRefused(postJson("/rest/" + method + "?auth=" + portal.noPermissionTokenA(), body), 403, "ACCESS_DENIED");
        assertRefused(postJson(portal.noScopeWebhookPath() + method, body), 403, "insufficient_scope");
        assertError(postJson("/rest/" + method + "?auth=" + portal.expiredTokenA(), body), 401,
                "expired_token", "The access token provided has expired");
        assertError(postJson("/rest/" + method, body), 401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    private static void assertRefused(Reply reply, int status, String error) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(error, reply.error(), reply::toString);
    }

    public Reply postForm(String target, String form) {
        return send("POST", target, "application/x-www-form-urlencoded", form);
    }

    public Reply get(String path, String rawQuery) {
        return send("GET", rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery, null, null);
    }
}
