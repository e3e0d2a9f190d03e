package com.telephony.localapi;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform methods around the telephony ones, over HTTP through the local API and the real artifacts: batch as
 * b24jssdk and CRest send it, the OAuth refresh flow from a token made by the provisioning CLI, and the info
 * methods' JSON types.
 */
class PlatformApiIT {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static JsonNode json(LocalApiSupport.Answer answer) {
        try {
            return JSON.readValue(answer.body().getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + answer, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void batchAsB24jssdkAndCrestSendItAnswersBothSubResultsUnderTheirKeys() {
        LocalApi api = LocalApiSupport.api();
        String add = api.webhookUrl() + "batch";
        // one line to find, made and renamed inside a batch through a $result reference
        LocalApiSupport.Answer made = LocalApiSupport.postJson(add, "{\"cmd\":{"
                + "\"first\":\"voximplant.sip.add?TYPE=office&TITLE=Batch+IT+line&SERVER=pbx.example.com&LOGIN=it\","
                + "\"second\":\"voximplant.sip.update?CONFIG_ID=$result[first][CONFIG_ID]&TITLE=Batch+IT+renamed\"}}");
        assertEquals(200, made.status(), made.toString());
        JsonNode madeResult = json(made).get("result");
        String configId = madeResult.get("result").get("first").get("CONFIG_ID").getStringValue();
        assertEquals(1, madeResult.get("result").get("second").getIntValue(), made.toString());

        String filter = "voximplant.sip.get?FILTER%5BCONFIG_ID%5D=" + configId;
        LocalApiSupport.Answer b24jssdk = LocalApiSupport.postJson(add, "{\"halt\":0,\"cmd\":{\"a\":\"" + filter
                + "\",\"b\":\"voximplant.sip.get?SORT=CONFIG_ID&ORDER=ASC\"}}");
        LocalApiSupport.Answer crest = LocalApiSupport.postForm(add, "halt=0&cmd%5Ba%5D=" + encode(filter)
                + "&cmd%5Bb%5D=" + encode("voximplant.sip.get?SORT=CONFIG_ID&ORDER=ASC"));
        for (LocalApiSupport.Answer answer : List.of(b24jssdk, crest)) {
            assertEquals(200, answer.status(), answer.toString());
            JsonNode result = json(answer).get("result");
            assertEquals("Batch IT renamed", result.get("result").get("a").get(0).get("TITLE").getStringValue(), answer.toString());
            assertTrue(result.get("result").get("b").isArray());
            assertTrue(result.get("result_error").isArray() && result.get("result_error").size() == 0);
            assertEquals(1, result.get("result_total").get("a").getIntValue());
        }

        LocalApiSupport.Answer halted = LocalApiSupport.postJson(add, "{\"halt\":1,\"cmd\":{"
                + "\"bad\":\"voximplant.sip.delete?CONFIG_ID=987654\",\"never\":\"voximplant.sip.delete?CONFIG_ID=" + configId + "\"}}");
        JsonNode haltedResult = json(halted).get("result");
        assertEquals("ERROR_NOT_FOUND", haltedResult.get("result_error").get("bad").get("error").getStringValue());
        assertTrue(haltedResult.get("result_error").get("never") == null && haltedResult.get("result").size() == 0);

        List<String> commands = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            commands.add("\"server.time\"");
        }
        LocalApiSupport.Answer tooMany = LocalApiSupport.postJson(add, "{\"cmd\":[" + String.join(",", commands) + "]}");
        assertEquals(400, tooMany.status(), tooMany.toString());
        assertEquals("ERROR_BATCH_LENGTH_EXCEEDED", json(tooMany).get("error").getStringValue());
    }

    @Test
    void aTokenFromTheProvisioningCliIsRefreshedAndTheOldRefreshTokenIsRefused() {
        LocalApi api = LocalApiSupport.api();
        Map<String, String> where = Map.of("endpoint", api.dynamoDbEndpoint(), "table", api.table());
        List<String> app = provision("app", where, Map.of("portal", "localdev", "name", "Refresh IT"));
        String clientId = app.get(0).substring("application ".length());
        String secret = app.get(1).substring("client_secret ".length());
        List<String> token = provision("token", where, Map.of("portal", "localdev", "app", clientId, "user", "1"));
        String access = token.get(0);
        String refresh = token.get(1).substring("refresh_token ".length());
        assertEquals(200, LocalApiSupport.send("GET", api.baseUrl() + "/rest/voximplant.sip.get?auth=" + access,
                (String) null, null).status());

        String url = api.baseUrl() + "/oauth/token/?grant_type=refresh_token&client_id=" + clientId
                + "&client_secret=" + secret + "&refresh_token=" + refresh;
        LocalApiSupport.Answer refreshed = LocalApiSupport.send("GET", url, (String) null, null);
        assertEquals(200, refreshed.status(), refreshed.toString());
        JsonNode body = json(refreshed);
        assertEquals(api.baseUrl() + "/rest/", body.get("client_endpoint").getStringValue());
        assertTrue(body.get("expires_in").isNumber() && body.get("user_id").isNumber() && body.get("expires").isNumber());
        String newAccess = body.get("access_token").getStringValue();
        LocalApiSupport.Answer call = LocalApiSupport.postJson(api.baseUrl() + "/rest/voximplant.sip.get",
                "{\"auth\":\"" + newAccess + "\"}");
        assertEquals(200, call.status(), "the new access token works: " + call);

        LocalApiSupport.Answer reused = LocalApiSupport.send("GET", url, (String) null, null);
        assertEquals(400, reused.status(), reused.toString());
        assertEquals("invalid_grant", json(reused).get("error").getStringValue());

        LocalApiSupport.Answer form = LocalApiSupport.postForm(api.baseUrl() + "/oauth/token/",
                "grant_type=refresh_token&client_id=" + clientId + "&client_secret=" + secret + "&refresh_token="
                        + body.get("refresh_token").getStringValue());
        assertEquals(200, form.status(), "the new refresh token works once: " + form);

        List<String> expired = provision("token", where, Map.of("portal", "localdev", "app", clientId, "user", "1",
                "hours", "0"));
        LocalApiSupport.Answer late = LocalApiSupport.postJson(api.baseUrl() + "/rest/voximplant.sip.get",
                "{\"auth\":\"" + expired.get(0) + "\"}");
        assertEquals(401, late.status(), late.toString());
        assertEquals("expired_token", json(late).get("error").getStringValue());
    }

    @Test
    void infoMethodsAnswerBitrix24sJsonTypes() {
        LocalApi api = LocalApiSupport.api();
        JsonNode profile = json(LocalApiSupport.postJson(api.webhookUrl() + "profile", "{}")).get("result");
        assertTrue(profile.get("ID").isString() && profile.get("ADMIN").isBoolean() && profile.get("ADMIN").getBooleanValue(),
                profile.toString());
        assertTrue(profile.get("NAME").isString() && profile.get("TIME_ZONE_OFFSET").isNumber());

        JsonNode app = json(LocalApiSupport.postJson(api.baseUrl() + "/rest/app.info",
                "{\"auth\":\"" + api.appToken() + "\"}")).get("result");
        assertTrue(app.get("ID").isString() && app.get("CODE").isString() && app.get("VERSION").isNumber(), app.toString());
        assertEquals(api.clientId(), app.get("CODE").getStringValue());
        assertTrue(app.get("INSTALLED").isBoolean() && app.get("INSTALLED").getBooleanValue());
        assertTrue(app.get("LICENSE").isString() && app.get("STATUS").isString() && app.get("PAYMENT_EXPIRED").isString());
        assertTrue(app.get("DAYS").isNull());
        JsonNode hookApp = json(LocalApiSupport.postJson(api.webhookUrl() + "app.info", "{}")).get("result");
        assertTrue(hookApp.get("SCOPE").isArray() && hookApp.get("LICENSE").isString(), hookApp.toString());

        JsonNode time = json(LocalApiSupport.postJson(api.webhookUrl() + "server.time", "{}"));
        assertTrue(time.get("result").isString() && time.get("time").isObject(), time.toString());

        JsonNode scope = json(LocalApiSupport.postJson(api.webhookUrl() + "scope", "{}")).get("result");
        assertTrue(scope.isArray() && scope.size() == 1 && "telephony".equals(scope.get(0).getStringValue()), scope.toString());
        JsonNode fullScope = json(LocalApiSupport.postJson(api.webhookUrl() + "scope", "{\"full\":true}")).get("result");
        assertTrue(fullScope.isArray() && fullScope.size() >= 1, fullScope.toString());

        JsonNode exists = json(LocalApiSupport.postJson(api.webhookUrl() + "method.get",
                "{\"name\":\"voximplant.sip.add\"}")).get("result");
        assertTrue(exists.get("isExisting").isBoolean() && exists.get("isExisting").getBooleanValue());
        assertTrue(exists.get("isAvailable").isBoolean() && exists.get("isAvailable").getBooleanValue());
        JsonNode appOnly = json(LocalApiSupport.postJson(api.webhookUrl() + "method.get",
                "{\"name\":\"telephony.externalLine.add\"}")).get("result");
        assertTrue(appOnly.get("isExisting").getBooleanValue() && !appOnly.get("isAvailable").getBooleanValue(),
                "application context only: " + appOnly);
        JsonNode missing = json(LocalApiSupport.postJson(api.webhookUrl() + "method.get",
                "{\"name\":\"crm.lead.add\"}")).get("result");
        assertTrue(!missing.get("isExisting").getBooleanValue() && !missing.get("isAvailable").getBooleanValue());

        JsonNode methods = json(LocalApiSupport.postJson(api.webhookUrl() + "methods", "{}")).get("result");
        List<String> names = new ArrayList<>();
        methods.values().forEach(name -> names.add(name.getStringValue()));
        assertTrue(names.contains("voximplant.sip.add") && names.contains("batch") && !names.contains("telephony.externalline.add"),
                names.toString());

        // b24jssdk's start-up: app.info and profile in one batch, in application context
        JsonNode startUp = json(LocalApiSupport.postJson(api.baseUrl() + "/rest/batch", "{\"auth\":\"" + api.appToken()
                + "\",\"halt\":0,\"cmd\":{\"appInfo\":\"app.info\",\"profile\":\"profile\"}}")).get("result");
        assertTrue(startUp.get("result").get("appInfo").get("INSTALLED").getBooleanValue(), startUp.toString());
        assertTrue(startUp.get("result").get("profile").get("ADMIN").isBoolean());
    }

    /** Runs the provisioning CLI's command as {@code infra/provision.sh} would and returns what it printed. */
    private static List<String> provision(String command, Map<String, String> where, Map<String, String> options) {
        Map<String, String> all = new HashMap<>(where);
        all.putAll(options);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        synchronized (System.class) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                Provision.run(command, all);
            } finally {
                System.setOut(original);
            }
        }
        return List.of(printed.toString(StandardCharsets.UTF_8).strip().split("\\R"));
    }
}
