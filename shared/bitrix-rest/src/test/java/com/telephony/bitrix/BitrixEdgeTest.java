package com.telephony.bitrix;

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
import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.sip.SipConnector;
import com.telephony.domain.sip.SipConnectorService;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.sip.SipRegistrationService;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import com.telephony.store.memory.InMemoryStores;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole Bitrix24 edge with every method, over the in-memory stores: routing, decoding (JSON, PHP forms,
 * multipart, query), authentication and authorization in Bitrix24's order, each method's answer and its errors,
 * the envelopes (JSON and XML). No engine and no framework: the wiring is done by hand, as the factory would.
 */
class BitrixEdgeTest {
    private static final Json JSON = new Json();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T22:57:29Z"), ZoneOffset.UTC);

    private final InMemoryStores stores = InMemoryStores.create();
    private final Provisioning provisioning = new Provisioning(stores.tenancy(), CLOCK);
    private final Portal portal = provisioning.createPortal("acme.bitrix24.com", ZoneId.of("Europe/Berlin"));
    private final String webhook;
    private final String readOnlyWebhook;
    private final String token;
    private final String otherToken;
    private final BitrixRestEndpoint edge;

    BitrixEdgeTest() {
        provisioning.addUser(portal.id(), 1, "Admin", true, false);
        provisioning.addUser(portal.id(), 2, "Clerk", false, false);
        webhook = "/rest/1/" + provisioning.createWebhook(portal.id(), 1, Set.of("telephony")).code() + "/";
        readOnlyWebhook = "/rest/2/" + provisioning.createWebhook(portal.id(), 2, Set.of("telephony")).code() + "/";
        provisioning.registerApplication(portal.id(), "app.a", "A", Set.of("telephony"));
        provisioning.registerApplication(portal.id(), "app.b", "B", Set.of("telephony"));
        token = provisioning.issueAccessToken(portal.id(), "app.a", 1, Duration.ofHours(1)).plaintext();
        otherToken = provisioning.issueAccessToken(portal.id(), "app.b", 1, Duration.ofHours(1)).plaintext();

        SipLineService lines = new SipLineService(stores.sipLines(), BitrixWiring::incomingServer);
        ExternalLineService externalLines = new ExternalLineService(stores.externalLines());
        MethodRegistry registry = new MethodRegistry(List.of(new SipAddMethod(lines),
                new SipGetMethod(new SipLineListing(stores.sipLines())), new SipUpdateMethod(lines),
                new SipDeleteMethod(lines), new SipStatusMethod(new SipRegistrationService(stores.sipLines(), CLOCK)),
                new SipConnectorStatusMethod(new SipConnectorService(stores.sipConnectors())),
                new ExternalLineAddMethod(externalLines), new ExternalLineGetMethod(externalLines),
                new ExternalLineUpdateMethod(externalLines), new ExternalLineDeleteMethod(externalLines)));
        edge = new BitrixRestEndpoint(registry, new ParamDecoder(JSON), new Authenticator(stores.tenancy(), CLOCK),
                new Envelope(JSON), CLOCK);
    }

    private HttpResponse call(String path, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        String[] pathAndQuery = path.split("\\?", 2);
        return edge.handle(new HttpRequest("POST", pathAndQuery[0], pathAndQuery.length > 1 ? pathAndQuery[1] : "",
                Headers.of(headers), body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode json(String path, String body) {
        return JSON.parse(call(path, "application/json", body).body()).orElseThrow();
    }

    private JsonNode ok(String path, String body) {
        HttpResponse response = call(path, "application/json", body);
        assertEquals(200, response.status(), response.bodyText());
        return JSON.parse(response.body()).orElseThrow();
    }

    private String error(HttpResponse response) {
        JsonNode node = JSON.parse(response.body()).orElseThrow();
        return response.status() + " " + node.get("error").getStringValue();
    }

    private String error(String path, String body) {
        return error(call(path, "application/json", body));
    }

    private String withToken(String body, String token) {
        return body.substring(0, body.length() - 1) + (body.length() > 2 ? "," : "") + "\"auth\":\"" + token + "\"}";
    }

    @Test
    void sipLinesThroughTheWebhook() {
        JsonNode added = ok(webhook + "voximplant.sip.add", "{\"TYPE\":\"cloud\",\"TITLE\":\"Line 1\",\"SERVER\":\"sip.provider.com\","
                + "\"LOGIN\":\"u\",\"PASSWORD\":\"p\"}");
        JsonNode result = added.get("result");
        String configId = result.get("CONFIG_ID").getStringValue();
        long regId = result.get("REG_ID").getLongValue();
        assertEquals("cloud", result.get("TYPE").getStringValue());
        assertTrue(added.get("time").get("start").isNumber());

        // A PHP-style form, as CRest sends it, for an office line.
        HttpResponse office = call(webhook + "voximplant.sip.add", "application/x-www-form-urlencoded",
                "TYPE=office&TITLE=Office+1&SERVER=pbx.local&LOGIN=o&PASSWORD=s");
        assertEquals(200, office.status(), office.bodyText());
        assertTrue(office.bodyText().contains("bitrixphone.com"));

        JsonNode listed = ok(webhook + "voximplant.sip.get", "{\"FILTER\":{\"TYPE\":\"cloud\"},\"SORT\":\"TITLE\",\"ORDER\":\"desc\"}");
        assertEquals(1, listed.get("total").getIntValue());
        assertEquals(configId, listed.get("result").get(0).get("CONFIG_ID").getStringValue());
        assertEquals(2, ok(webhook + "voximplant.sip.get.json", "{}").get("total").getIntValue());
        assertEquals(0, ok(webhook + "voximplant.sip.get", "{\"FILTER\":{\"?TITLE\":\"nothing | none\"}}").get("total").getIntValue());

        assertEquals(1, ok(webhook + "voximplant.sip.update", "{\"CONFIG_ID\":\"" + configId + "\",\"TITLE\":\"Renamed\"}")
                .get("result").getIntValue());
        JsonNode status = ok(webhook + "voximplant.sip.status", "{\"REG_ID\":" + regId + "}").get("result");
        assertEquals("success", status.get("STATUS_RESULT").getStringValue());
        assertEquals(200, status.get("STATUS_CODE").getIntValue());
        JsonNode connector = ok(webhook + "voximplant.sip.connector.status", "{}").get("result");
        assertEquals(60, connector.get("FREE_MINUTES").getIntValue());
        assertFalse(connector.get("PAID").getBooleanValue());

        assertEquals(1, ok(webhook + "voximplant.sip.delete", "{\"CONFIG_ID\":" + configId + "}").get("result").getIntValue());
        assertEquals("400 ERROR_NOT_FOUND", error(webhook + "voximplant.sip.delete", "{\"CONFIG_ID\":" + configId + "}"));
        assertEquals("404 ERROR_NOT_FOUND", error(webhook + "voximplant.sip.update", "{\"CONFIG_ID\":" + configId + ",\"TITLE\":\"x\"}"));
        assertEquals("400 REG_ID_NOT_FOUND", error(webhook + "voximplant.sip.status", "{\"REG_ID\":\"abc\"}"));
    }

    @Test
    void sipErrorsHaveBitrixCodes() {
        assertEquals("400 CHECK_FIELDS_ERROR", error(webhook + "voximplant.sip.add", "{\"SERVER\":{},\"LOGIN\":[]}"));
        ok(webhook + "voximplant.sip.add", "{\"TITLE\":\"Same\",\"SERVER\":\"s\",\"LOGIN\":\"l\"}");
        assertEquals("400 TITLE_EXISTS", error(webhook + "voximplant.sip.add", "{\"TITLE\":\"same \",\"SERVER\":\"s\",\"LOGIN\":\"l\",\"TYPE\":\"office\"}"));
        for (int i = 1; i < 10; i++) {
            ok(webhook + "voximplant.sip.add", "{\"SERVER\":\"s\",\"LOGIN\":\"l\"}");
        }
        assertEquals("400 MAX_CLOUD_PBX", error(webhook + "voximplant.sip.add", "{\"SERVER\":\"s\",\"LOGIN\":\"l\"}"));
        assertEquals("400 ERROR_CORE", error(webhook + "voximplant.sip.get", "{\"FILTER\":{\"NOPE\":1}}"));
        assertEquals("400 ERROR_CORE", error(webhook + "voximplant.sip.get", "{\"FILTER\":{\"@ID\":1}}"));
        assertEquals("400 ERROR_CORE", error(webhook + "voximplant.sip.get", "{\"FILTER\":{\"><ID\":1}}"));
        HttpResponse order = call(webhook + "voximplant.sip.get", "application/json", "{\"SORT\":\"ID\",\"ORDER\":\"up\"}");
        assertEquals("400 ERROR_ARGUMENT", error(order));
        assertEquals("ORDER", JSON.parse(order.body()).orElseThrow().get("argument").getStringValue());
    }

    @Test
    void authenticationAndAuthorizationInBitrixOrder() {
        assertEquals("404 ERROR_METHOD_NOT_FOUND", error("/rest/1/wrong/voximplant.sip.nope", "{}"));
        assertEquals("401 INVALID_CREDENTIALS", error("/rest/1/wrong/voximplant.sip.get", "{}"));
        assertEquals("401 INVALID_CREDENTIALS", error("/rest/x1/wrong/voximplant.sip.get", "{}"));
        assertEquals("401 NO_AUTH_FOUND", error("/rest/voximplant.sip.get", "{}"));
        assertEquals("401 invalid_token", error("/rest/voximplant.sip.get", "{\"auth\":\"nope\"}"));
        assertEquals("403 ACCESS_DENIED", error(readOnlyWebhook + "voximplant.sip.get", "{}"));
        assertEquals("403 WRONG_AUTH_TYPE", error(webhook + "telephony.externalLine.get", "{}"));
        String noScope = "/rest/1/" + provisioning.createWebhook(portal.id(), 1, Set.of("crm")).code() + "/";
        assertEquals("403 insufficient_scope", error(noScope + "voximplant.sip.get", "{}"));
        assertEquals(200, call("/rest/voximplant.sip.get?auth=" + token, null, null).status(), "auth in the query");
    }

    @Test
    void externalLinesThroughAnApplication() {
        JsonNode added = ok("/rest/telephony.externalLine.add", withToken("{\"NUMBER\":\" 14151234567 \",\"NAME\":\"Support\"}", token));
        assertTrue(added.get("result").get("ID").isNumber());
        ok("/rest/telephony.externalLine.add", withToken("{\"NUMBER\":\"200\",\"CRM_AUTO_CREATE\":\"y\"}", token));
        JsonNode listed = ok("/rest/telephony.externalLine.get", withToken("{}", token));
        assertEquals(2, listed.get("result").size());
        assertEquals("14151234567", listed.get("result").get(0).get("NUMBER").getStringValue());
        assertEquals("Y", listed.get("result").get(0).get("CRM_AUTO_CREATE").getStringValue());
        assertEquals("N", listed.get("result").get(1).get("CRM_AUTO_CREATE").getStringValue());
        assertNull(listed.get("total"));
        assertEquals(0, ok("/rest/telephony.externalLine.get", withToken("{}", otherToken)).get("result").size());

        JsonNode updated = ok("/rest/telephony.externalLine.update", withToken("{\"NUMBER\":\"200\",\"NAME\":\"Sales\"}", token));
        assertTrue(updated.get("result").get("ID").isString());
        assertEquals("400 ERROR_CORE", error("/rest/telephony.externalLine.update", withToken("{\"NUMBER\":\"200\"}", token)));
        assertEquals("400 ERROR_CORE", error("/rest/telephony.externalLine.add", withToken("{\"NUMBER\":\"200\"}", token)));
        assertEquals("400 ERROR_CORE", error("/rest/telephony.externalLine.add", withToken("{\"number\":\"1\"}", token)));
        assertEquals("400 ERROR_CORE", error("/rest/telephony.externalLine.add",
                withToken("{\"NUMBER\":\"" + "1".repeat(51) + "\"}", token)));
        assertEquals(0, ok("/rest/telephony.externalLine.delete", withToken("{\"NUMBER\":\"200\"}", token)).get("result").size());
        assertEquals("400 ERROR_CORE", error("/rest/telephony.externalLine.delete", withToken("{\"NUMBER\":\"200\"}", otherToken)));
    }

    @Test
    void multipartBodiesAndQueryStringsDecodeLikePhp() {
        String boundary = "XyZ";
        String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"SERVER\"\r\n\r\nsip.example.com\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"LOGIN\"\r\n\r\nuser\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"FILE\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nignored\r\n"
                + "--XyZ--\r\n";
        HttpResponse added = call(webhook + "voximplant.sip.add", "multipart/form-data; boundary=" + boundary, multipart);
        assertEquals(200, added.status(), added.bodyText());
        HttpResponse listed = call(webhook + "voximplant.sip.get?FILTER[LOGIN][]=user&FILTER[LOGIN][]=other&start=0", null, null);
        assertEquals(200, listed.status(), listed.bodyText());
        assertEquals(1, JSON.parse(listed.body()).orElseThrow().get("total").getIntValue());
        HttpResponse badJson = call(webhook + "voximplant.sip.add", "application/json", "{not json");
        assertEquals("400 CHECK_FIELDS_ERROR", error(badJson), "invalid JSON is no parameters");
    }

    @Test
    void xmlAndPreflightAndTheTimeBlock() {
        ok(webhook + "voximplant.sip.add", "{\"SERVER\":\"s\",\"LOGIN\":\"l\",\"TITLE\":\"<&>\"}");
        HttpResponse xml = call(webhook + "voximplant.sip.get.xml", "application/json", "{}");
        assertEquals(200, xml.status());
        assertTrue(xml.bodyText().startsWith("<?xml"), xml.bodyText());
        assertTrue(xml.bodyText().contains("&lt;&amp;&gt;"), "text is escaped");
        HttpResponse xmlError = call("/rest/voximplant.sip.get.xml", "application/json", "{}");
        assertEquals(401, xmlError.status());
        assertTrue(xmlError.bodyText().contains("NO_AUTH_FOUND"));
        HttpResponse preflight = edge.handle(new HttpRequest("OPTIONS", webhook + "voximplant.sip.get", "",
                Headers.of(Map.of()), new byte[0]));
        assertTrue(preflight.status() < 300);
        JsonNode time = json(webhook + "voximplant.sip.connector.status", "{}").get("time");
        assertEquals("2026-11-22T23:57:29+01:00", time.get("date_start").getStringValue(), "the portal's zone");
        assertEquals(List.of(401), edge.primingRequests().stream().map(edge::handle).map(HttpResponse::status).distinct().toList());
    }

    @Test
    void aPaidConnectorShowsItsEndDateInThePortalsZone() {
        stores.sipConnectors().save(portal.id(), new SipConnector(0, true, Instant.parse("2026-12-31T00:00:00Z")));
        JsonNode result = ok(webhook + "voximplant.sip.connector.status", "{}").get("result");
        assertTrue(result.get("PAID").getBooleanValue());
        assertEquals("2026-12-31T01:00:00+01:00", result.get("PAID_DATE_END").getStringValue());
    }

    @Test
    void aDefectIsA500ThatLeaksNothing() {
        BitrixMethod failing = new BitrixMethod() {
            @Override
            public MethodSpec spec() {
                return MethodSpec.lineManagers("voximplant.sip.fail");
            }

            @Override
            public MethodResult invoke(com.telephony.domain.tenancy.Caller caller, com.telephony.bitrix.params.Params params) {
                throw new IllegalStateException("PASSWORD=hunter2");
            }
        };
        BitrixMethod unmapped = new BitrixMethod() {
            @Override
            public MethodSpec spec() {
                return MethodSpec.lineManagers("voximplant.sip.unmapped");
            }

            @Override
            public MethodResult invoke(com.telephony.domain.tenancy.Caller caller, com.telephony.bitrix.params.Params params) {
                throw new com.telephony.domain.DomainException("an error no area holds") {
                };
            }
        };
        BitrixRestEndpoint broken = new BitrixRestEndpoint(new MethodRegistry(List.of(failing, unmapped)),
                new ParamDecoder(JSON), new Authenticator(stores.tenancy(), CLOCK), new Envelope(JSON), CLOCK);
        for (String method : List.of("voximplant.sip.fail", "voximplant.sip.unmapped")) {
            HttpResponse response = broken.handle(new HttpRequest("POST", webhook + method, "", Headers.of(Map.of()), new byte[0]));
            assertEquals("500 INTERNAL_SERVER_ERROR", error(response));
            assertFalse(response.bodyText().contains("hunter2"));
        }
    }
}
