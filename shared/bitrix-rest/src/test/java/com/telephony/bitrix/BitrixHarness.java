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
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.store.memory.InMemoryStores;
import io.micronaut.json.tree.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Which of a {@link TestPortal}'s callers owns or asks. */
    public enum As {
        WEBHOOK,
        APP_A,
        APP_B
    }

    /**
     * A provisioned portal and its callers: user 1 (admin) with a telephony webhook and tokens for two
     * applications, A and B; user 2 without the telephony permission; user 3 with a webhook lacking the scope.
     */
    public record TestPortal(Portal portal, String webhookPath, String otherWebhookPath, String noPermissionWebhookPath,
                             String noScopeWebhookPath, Application appA, String tokenA, Application appB, String tokenB,
                             String noPermissionTokenA, String expiredTokenA) {
    }

    public TestPortal newPortal() {
        Portal portal = provisioning.createPortal("test-" + System.nanoTime() + ".bitrix24.com", ZoneId.of("Europe/Berlin"));
        String id = portal.id();
        provisioning.addUser(id, 1, "Admin", true, true);
        provisioning.addUser(id, 2, "Operator", false, false);
        provisioning.addUser(id, 3, "Line manager", false, true);
        Set<String> telephony = Set.of("telephony");
        String webhook = path(1, provisioning.createWebhook(id, 1, telephony).code());
        String other = path(1, provisioning.createWebhook(id, 1, Set.of("telephony", "crm")).code());
        String noPermission = path(2, provisioning.createWebhook(id, 2, telephony).code());
        String noScope = path(3, provisioning.createWebhook(id, 3, Set.of("crm")).code());
        Application appA = provisioning.registerApplication(id, "App A", telephony);
        Application appB = provisioning.registerApplication(id, "App B", telephony);
        Duration hour = Provisioning.ACCESS_TOKEN_LIFETIME;
        String tokenA = provisioning.issueAccessToken(id, appA.clientId(), 1, hour).plaintext();
        String tokenB = provisioning.issueAccessToken(id, appB.clientId(), 1, hour).plaintext();
        String noPermissionTokenA = provisioning.issueAccessToken(id, appA.clientId(), 2, hour).plaintext();
        String expired = provisioning.issueAccessToken(id, appA.clientId(), 1, Duration.ofSeconds(-1)).plaintext();
        return new TestPortal(portal, webhook, other, noPermission, noScope, appA, tokenA, appB, tokenB,
                noPermissionTokenA, expired);
    }

    private static String path(long userId, String code) {
        return "/rest/" + userId + "/" + code + "/";
    }

    /** User 1 (admin) of the portal, calling as the webhook or as application A or B. */
    public static Caller caller(TestPortal portal, As as) {
        PortalUser admin = new PortalUser(portal.portal().id(), 1, "Admin", true, true);
        return switch (as) {
            case WEBHOOK -> new Caller(portal.portal(), admin, AuthType.WEBHOOK, Caller.NO_APPLICATION, Set.of("telephony"));
            case APP_A -> new Caller(portal.portal(), admin, AuthType.APPLICATION, portal.appA().clientId(), Set.of("telephony"));
            case APP_B -> new Caller(portal.portal(), admin, AuthType.APPLICATION, portal.appB().clientId(), Set.of("telephony"));
        };
    }

    /** The path and auth that make a call as {@code as}: the webhook URL, or {@code /rest/} with the token in the query. */
    public static String url(TestPortal portal, As as, String method) {
        return switch (as) {
            case WEBHOOK -> portal.webhookPath() + method;
            case APP_A -> "/rest/" + method + "?auth=" + portal.tokenA();
            case APP_B -> "/rest/" + method + "?auth=" + portal.tokenB();
        };
    }

    public SipLine addLine(TestPortal portal, As as, SipLineDraft draft) {
        return lines.add(caller(portal, as), draft);
    }

    /** A line with server {@code sip.example.com}, login {@code user} and password {@code pw}. */
    public SipLine addLine(TestPortal portal, As as, String type, String title) {
        return addLine(portal, as, new SipLineDraft(type, title, "sip.example.com", "user", "pw"));
    }

    /** The line as stored now. */
    public Optional<SipLine> findLine(TestPortal portal, As as, long configId) {
        return stores.sipLines().find(LineOwner.of(caller(portal, as)), configId);
    }

    /** An external line of application A or B, added as its admin; {@code crmAutoCreate} null is the default. */
    public ExternalLine addExternalLine(TestPortal portal, As as, String number, String name, Boolean crmAutoCreate) {
        return externalLines.add(caller(portal, as), new NewExternalLine(number, name, crmAutoCreate));
    }

    /** The application's external lines as stored now, oldest first. */
    public List<ExternalLine> externalLines(TestPortal portal, As as) {
        return stores.externalLines().list(ExternalLineOwner.of(caller(portal, as)));
    }

    /** The application's external line with this number as stored now. */
    public Optional<ExternalLine> findExternalLine(TestPortal portal, As as, String number) {
        return stores.externalLines().find(ExternalLineOwner.of(caller(portal, as)), number);
    }

    /** A response as a client sees it: status, headers and the parsed JSON body. */
    public record Reply(int status, Map<String, String> headers, String text) {
        public JsonNode json() {
            return JSON.parse(text.getBytes(StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("not JSON: " + text));
        }

        public JsonNode result() {
            return json().get("result");
        }

        public String error() {
            JsonNode error = json().get("error");
            return error == null ? null : error.getStringValue();
        }

        public String errorDescription() {
            return json().get("error_description").getStringValue();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
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

    public Reply postForm(String target, String form) {
        return send("POST", target, "application/x-www-form-urlencoded", form);
    }

    public Reply get(String path, String rawQuery) {
        return send("GET", rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery, null, null);
    }

    /** What every Bitrix24 error answer must look like: the status, then exactly error and error_description. */
    public static void assertError(Reply reply, int status, String code, String description) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(List.of("error", "error_description"), keys(reply.json()), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
        assertEquals(description, reply.errorDescription(), reply::toString);
    }

    public static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.entries().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    /** The {@code CONFIG_ID}s of a sip.get {@code result}, in answer order, as numbers. */
    public static List<Long> configIds(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.values().forEach(row -> ids.add(Long.parseLong(row.get("CONFIG_ID").getStringValue())));
        return ids;
    }
}
