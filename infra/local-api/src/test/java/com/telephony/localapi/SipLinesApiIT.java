package com.telephony.localapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.telephony.localapi.LocalApiSupport.api;
import static com.telephony.localapi.LocalApiSupport.postForm;
import static com.telephony.localapi.LocalApiSupport.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * voximplant.sip.get/update/delete/status/connector.status over HTTP against the local API, as a user runs the
 * documentation's examples. The development portal is shared by every API test of this JVM, so this class works on lines it
 * creates (unique titles, its own CONFIG_IDs) and frees every cloud line it takes (the limit is portal-wide).
 */
class SipLinesApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "it" + Long.toString(System.nanoTime(), 36);

    /** The documentation's examples name CONFIG_IDs 3, 5, 7 and 9: make sure the portal's sequence has passed them. */
    @BeforeAll
    static void portalHasTheSeedsConfigIds() {
        long last = 0;
        for (int i = 0; last < 9; i++) {
            last = configId(add(webhook("voximplant.sip.add"), "office", RUN + " seed " + i, "seed.example.com"));
        }
    }

    private static String webhook(String method) {
        return api().webhookUrl() + method;
    }

    private static String app(String method) {
        return api().baseUrl() + "/rest/" + method + "?auth=" + api().appToken();
    }

    private static JsonNode json(LocalApiSupport.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + answer, e);
        }
    }

    private static JsonNode ok(LocalApiSupport.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return json(answer);
    }

    private static JsonNode add(String url, String type, String title, String server) {
        return ok(postJson(url, "{\"TYPE\":\"" + type + "\",\"TITLE\":\"" + title + "\",\"SERVER\":\"" + server
                + "\",\"LOGIN\":\"user\",\"PASSWORD\":\"secret\"}")).get("result");
    }

    private static long configId(JsonNode line) {
        return Long.parseLong(line.get("CONFIG_ID").asText());
    }

    private static List<Long> configIds(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(Long.parseLong(row.get("CONFIG_ID").asText())));
        return ids;
    }

    private static String idList(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The caller's lines with these CONFIG_IDs, as sip.get lists them. */
    private static JsonNode lines(String getUrl, List<Long> ids) {
        return ok(postJson(getUrl, "{\"FILTER\":{\"CONFIG_ID\":[" + idList(ids) + "]}}")).get("result");
    }

    @Test
    void theLocalApiServesAllFiveMethodsFromTheTemplate() {
        assertTrue(api().functionNames().containsAll(List.of("SipGetFunction", "SipUpdateFunction", "SipDeleteFunction",
                "SipStatusFunction", "SipConnectorStatusFunction")), api().functionNames()::toString);
        for (String method : List.of("voximplant.sip.get", "voximplant.sip.update", "voximplant.sip.delete",
                "voximplant.sip.status", "voximplant.sip.connector.status")) {
            for (String url : List.of(webhook(method), webhook(method + ".json"), app(method),
                    api().baseUrl() + "/rest/" + method + ".json?auth=" + api().appToken())) {
                LocalApiSupport.Answer answer = postJson(url, "{}");
                assertFalse(answer.body().contains("ERROR_METHOD_NOT_FOUND"), url + " → " + answer);
                assertTrue(answer.status() == 200 || answer.status() == 400 || answer.status() == 404, url + " → " + answer);
            }
        }
    }

    @Test
    void hundredTwentyLinesComeInPagesOfFifty() {
        String prefix = RUN + " page ";
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            created.add(configId(add(webhook("voximplant.sip.add"), "office", prefix + i, "pbx.example.com")));
        }
        String filter = "\"FILTER\":{\"%TITLE\":\"" + prefix + "\"}";
        JsonNode first = ok(postJson(webhook("voximplant.sip.get"), "{" + filter + "}"));
        JsonNode second = ok(postJson(webhook("voximplant.sip.get"), "{" + filter + ",\"start\":50}"));
        JsonNode third = ok(postForm(webhook("voximplant.sip.get"),
                "FILTER%5B%25TITLE%5D=" + prefix.replace(" ", "+") + "&start=100"));

        assertEquals(created.subList(0, 50), configIds(first.get("result")));
        assertEquals(created.subList(50, 100), configIds(second.get("result")));
        assertEquals(created.subList(100, 120), configIds(third.get("result")));
        assertEquals(50, first.get("next").asInt());
        assertTrue(first.get("next").isInt(), "next is a JSON number");
        assertEquals(100, second.get("next").asInt());
        assertNull(third.get("next"));
        for (JsonNode page : List.of(first, second, third)) {
            assertEquals(120, page.get("total").asInt());
            assertTrue(page.get("total").isInt());
        }
        List<String> firstKeys = new ArrayList<>();
        first.fieldNames().forEachRemaining(firstKeys::add);
        assertEquals(List.of("result", "next", "total", "time"), firstKeys);

        for (long id : created) {
            ok(postJson(webhook("voximplant.sip.delete"), "{\"CONFIG_ID\":" + id + "}"));
        }
        assertEquals(0, ok(postJson(webhook("voximplant.sip.get"), "{" + filter + "}")).get("total").asInt());
    }

    @Test
    void seedGetExampleAsPrintedReturnsThoseLinesOfEachCallerAscending() {
        String seed = "{\"FILTER\":{\"CONFIG_ID\":[3,7,9]},\"SORT\":\"CONFIG_ID\",\"ORDER\":\"ASC\"}";
        JsonNode viaWebhook = ok(postJson(webhook("voximplant.sip.get"), seed));
        JsonNode viaApp = ok(postJson(api().baseUrl() + "/rest/voximplant.sip.get",
                seed.substring(0, seed.length() - 1) + ",\"auth\":\"" + api().appToken() + "\"}"));

        List<Long> webhookIds = configIds(viaWebhook.get("result"));
        List<Long> appIds = configIds(viaApp.get("result"));
        assertEquals(webhookIds.stream().sorted().toList(), webhookIds, "ascending");
        assertEquals(appIds.stream().sorted().toList(), appIds, "ascending");
        Set<Long> all = new HashSet<>(webhookIds);
        all.addAll(appIds);
        assertEquals(Set.of(3L, 7L, 9L), all, "the lines exist, each under exactly one caller");
        assertEquals(3, webhookIds.size() + appIds.size());
        assertEquals(webhookIds.size(), viaWebhook.get("total").asInt());

        JsonNode form = ok(postForm(webhook("voximplant.sip.get"),
                "FILTER%5BCONFIG_ID%5D%5B0%5D=3&FILTER%5BCONFIG_ID%5D%5B1%5D=7&FILTER%5BCONFIG_ID%5D%5B2%5D=9&SORT=CONFIG_ID&ORDER=ASC"));
        assertEquals(viaWebhook.get("result"), form.get("result"), "the PHP form answers exactly what JSON does");
    }

    @Test
    void seedGetExampleOnOwnLinesAsJsonAndAsPhpForm() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mine.add(configId(add(webhook("voximplant.sip.add"), i % 2 == 0 ? "office" : "cloud", RUN + " own " + i, "sip.example.com")));
        }
        try {
            List<Long> wanted = List.of(mine.get(0), mine.get(1), mine.get(3));
            JsonNode json = ok(postJson(webhook("voximplant.sip.get"), "{\"FILTER\":{\"CONFIG_ID\":[" + wanted.get(2) + ","
                    + wanted.get(0) + "," + wanted.get(1) + "]},\"SORT\":\"CONFIG_ID\",\"ORDER\":\"ASC\"}"));
            assertEquals(wanted, configIds(json.get("result")));
            assertEquals(3, json.get("total").asInt());
            assertNull(json.get("next"));

            JsonNode form = ok(postForm(webhook("voximplant.sip.get"), "FILTER[CONFIG_ID][0]=" + wanted.get(2)
                    + "&FILTER[CONFIG_ID][1]=" + wanted.get(0) + "&FILTER[CONFIG_ID][2]=" + wanted.get(1)
                    + "&SORT=CONFIG_ID&ORDER=ASC"));
            assertEquals(json.get("result"), form.get("result"));

            JsonNode cloud = json.get("result").get(1);
            assertEquals("cloud", cloud.get("TYPE").asText());
            assertTrue(cloud.get("REG_ID").isTextual(), "REG_ID is a string in sip.get");
            assertNull(cloud.get("INCOMING_SERVER"));
            JsonNode office = json.get("result").get(0);
            assertNull(office.get("REG_ID"));
            assertEquals("0", office.get("REGISTRATION_STATUS_CODE").asText());
            assertNull(office.get("ID"));
            assertNull(office.get("APP_ID"));
        } finally {
            deleteAll(webhook("voximplant.sip.delete"), mine);
        }
    }

    @Test
    void seedUpdateExampleAsPrinted() {
        // CONFIG_ID 5 exists (see the class set-up); it is the webhook's or the application's, the two printed forms.
        boolean webhookOwnsIt = ok(postJson(webhook("voximplant.sip.get"), "{\"FILTER\":{\"CONFIG_ID\":5}}"))
                .get("total").asInt() == 1;
        LocalApiSupport.Answer answer = webhookOwnsIt
                ? postJson(webhook("voximplant.sip.update"), "{\"CONFIG_ID\":5,\"TITLE\":\"SIP line 1 (updated)\"}")
                : postJson(api().baseUrl() + "/rest/voximplant.sip.update",
                "{\"CONFIG_ID\":5,\"TITLE\":\"SIP line 1 (updated)\",\"auth\":\"" + api().appToken() + "\"}");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().startsWith("{\"result\":1,\"time\":{\"start\":"), answer.body());

        String get = webhookOwnsIt ? webhook("voximplant.sip.get") : app("voximplant.sip.get");
        assertEquals("SIP line 1 (updated)", lines(get, List.of(5L)).get(0).get("TITLE").asText());
    }

    @Test
    void callersNeverSeeOrChangeEachOthersLines() {
        JsonNode ofApp = add(app("voximplant.sip.add"), "cloud", RUN + " app cloud", "sip.example.com");
        JsonNode ofWebhook = add(webhook("voximplant.sip.add"), "office", RUN + " webhook office", "pbx.example.com");
        long appLine = configId(ofApp);
        long webhookLine = configId(ofWebhook);
        try {
            assertEquals(0, lines(webhook("voximplant.sip.get"), List.of(appLine)).size());
            assertEquals(0, lines(app("voximplant.sip.get"), List.of(webhookLine)).size());

            LocalApiSupport.Answer update = postJson(webhook("voximplant.sip.update"),
                    "{\"CONFIG_ID\":" + appLine + ",\"TITLE\":\"" + RUN + " stolen\"}");
            assertEquals(404, update.status());
            assertEquals("{\"error\":\"ERROR_NOT_FOUND\",\"error_description\":\"Specified CONFIG_ID is not found\"}", update.body());
            LocalApiSupport.Answer delete = postJson(webhook("voximplant.sip.delete"), "{\"CONFIG_ID\":" + appLine + "}");
            assertEquals(400, delete.status());
            assertEquals("{\"error\":\"ERROR_NOT_FOUND\",\"error_description\":\"Specified CONFIG_ID is not found\"}", delete.body());
            LocalApiSupport.Answer status = postJson(webhook("voximplant.sip.status"), "{\"REG_ID\":" + ofApp.get("REG_ID").asLong() + "}");
            assertEquals(400, status.status());
            assertEquals("{\"error\":\"REG_ID_NOT_FOUND\",\"error_description\":\"Settings not found\"}", status.body());
            assertEquals(404, postJson(app("voximplant.sip.update"), "{\"CONFIG_ID\":" + webhookLine + ",\"LOGIN\":\"x\"}").status());
            assertEquals(400, postJson(app("voximplant.sip.delete"), "{\"CONFIG_ID\":" + webhookLine + "}").status());

            JsonNode appView = lines(app("voximplant.sip.get"), List.of(appLine)).get(0);
            assertEquals(RUN + " app cloud", appView.get("TITLE").asText(), "untouched");
            assertTrue(appView.get("REGISTRATION_STATUS_CODE").isNull(), "no foreign status check was recorded");
            assertEquals("user", lines(webhook("voximplant.sip.get"), List.of(webhookLine)).get(0).get("LOGIN").asText());
        } finally {
            deleteAll(app("voximplant.sip.delete"), List.of(appLine));
            deleteAll(webhook("voximplant.sip.delete"), List.of(webhookLine));
        }
    }

    @Test
    void twentyUpdatesOfDifferentFieldsAllLand() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(configId(add(webhook("voximplant.sip.add"), "office", RUN + " parallel " + i, "pbx.example.com")));
        }
        List<String> fields = List.of("TITLE", "SERVER", "LOGIN", "PASSWORD");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<LocalApiSupport.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long id = ids.get(i % 5);
                String field = fields.get(i / 5);
                futures.add(pool.submit(() -> postJson(webhook("voximplant.sip.update"),
                        "{\"CONFIG_ID\":" + id + ",\"" + field + "\":\"" + RUN + "-" + field.toLowerCase() + "-" + id + "\"}")));
            }
            for (Future<LocalApiSupport.Answer> future : futures) {
                assertEquals(200, future.get().status(), () -> future.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode rows = lines(webhook("voximplant.sip.get"), ids);
        assertEquals(5, rows.size());
        for (JsonNode row : rows) {
            long id = Long.parseLong(row.get("CONFIG_ID").asText());
            for (String field : fields) {
                assertEquals(RUN + "-" + field.toLowerCase() + "-" + id, row.get(field).asText(), field + " of " + id);
            }
        }
        deleteAll(webhook("voximplant.sip.delete"), ids);
    }

    @Test
    void deletingOneOfTenCloudLinesLetsOneMoreInAndFreesItsTitle() {
        List<Long> mine = new ArrayList<>();
        try {
            LocalApiSupport.Answer refused = null;
            for (int i = 0; i <= 10 && refused == null; i++) {
                LocalApiSupport.Answer answer = postJson(webhook("voximplant.sip.add"), "{\"TYPE\":\"cloud\",\"TITLE\":\""
                        + RUN + " cloud " + i + "\",\"SERVER\":\"sip.example.com\",\"LOGIN\":\"u\"}");
                if (answer.status() == 200) {
                    mine.add(configId(json(answer).get("result")));
                } else {
                    refused = answer;
                }
            }
            assertTrue(refused != null && refused.body().contains("MAX_CLOUD_PBX"), "the portal reached ten cloud lines");
            assertFalse(mine.isEmpty(), "this test took at least one of the ten");

            ok(postJson(webhook("voximplant.sip.delete"), "{\"CONFIG_ID\":" + mine.remove(0) + "}"));
            JsonNode again = add(webhook("voximplant.sip.add"), "cloud", RUN + " CLOUD 0", "sip.example.com");
            mine.add(configId(again));
            LocalApiSupport.Answer eleventh = postJson(webhook("voximplant.sip.add"),
                    "{\"TYPE\":\"cloud\",\"SERVER\":\"sip.example.com\",\"LOGIN\":\"u\"}");
            assertEquals(400, eleventh.status());
            assertTrue(eleventh.body().contains("MAX_CLOUD_PBX"), eleventh::toString);
        } finally {
            deleteAll(webhook("voximplant.sip.delete"), mine);
        }
    }

    @Test
    void statusRegistersTheLineAndSipGetShowsTheResult() {
        JsonNode failing = add(webhook("voximplant.sip.add"), "cloud", RUN + " unresolvable", "pbx.provider.invalid");
        JsonNode working = add(webhook("voximplant.sip.add"), "cloud", RUN + " resolvable", "sip.provider.com");
        List<Long> ids = List.of(configId(failing), configId(working));
        try {
            assertTrue(lines(webhook("voximplant.sip.get"), ids).get(0).get("REGISTRATION_STATUS_CODE").isNull());

            JsonNode error = ok(postJson(webhook("voximplant.sip.status"), "{\"REG_ID\":" + failing.get("REG_ID").asLong() + "}"));
            assertEquals(502, error.get("result").get("STATUS_CODE").asInt());
            assertTrue(error.get("result").get("STATUS_CODE").isInt());
            assertEquals("error", error.get("result").get("STATUS_RESULT").asText());
            assertEquals("Unable to resolve hostname", error.get("result").get("ERROR_MESSAGE").asText());
            JsonNode success = ok(postForm(webhook("voximplant.sip.status"), "REG_ID=" + working.get("REG_ID").asLong()));
            assertEquals(200, success.get("result").get("STATUS_CODE").asInt());
            assertEquals("success", success.get("result").get("STATUS_RESULT").asText());

            JsonNode rows = lines(webhook("voximplant.sip.get"), ids);
            assertEquals("502", rows.get(0).get("REGISTRATION_STATUS_CODE").asText());
            assertTrue(rows.get(0).get("REGISTRATION_STATUS_CODE").isTextual(), "a string in sip.get");
            assertEquals("Unable to resolve hostname", rows.get(0).get("REGISTRATION_ERROR_MESSAGE").asText());
            assertEquals("200", rows.get(1).get("REGISTRATION_STATUS_CODE").asText());

            LocalApiSupport.Answer missing = postJson(webhook("voximplant.sip.status"), "{}");
            assertEquals(400, missing.status());
            assertEquals("{\"error\":\"REG_ID_NOT_FOUND\",\"error_description\":\"Settings not found\"}", missing.body());
        } finally {
            deleteAll(webhook("voximplant.sip.delete"), ids);
        }
    }

    @Test
    void connectorStatus() {
        LocalApiSupport.Answer answer = postJson(webhook("voximplant.sip.connector.status"), "");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().startsWith("{\"result\":{\"FREE_MINUTES\":60,\"PAID\":false},\"time\":{"), answer.body());
    }

    @Test
    void queryErrorsOverHttp() {
        LocalApiSupport.Answer order = postJson(webhook("voximplant.sip.get"), "{\"SORT\":\"CONFIG_ID\",\"ORDER\":\"UP\"}");
        assertEquals(400, order.status());
        assertEquals("{\"error\":\"ERROR_ARGUMENT\",\"error_description\":\"Invalid order: ORDER must be ASC or DESC\","
                + "\"argument\":\"ORDER\"}", order.body());
        LocalApiSupport.Answer field = postJson(webhook("voximplant.sip.get"), "{\"FILTER\":{\"NAME\":\"x\"}}");
        assertEquals(400, field.status());
        assertEquals("{\"error\":\"ERROR_CORE\",\"error_description\":\"Unknown field definition `NAME` for SIP lines\"}",
                field.body());
        JsonNode none = ok(postJson(webhook("voximplant.sip.get"), "{\"FILTER\":{\"TITLE\":\"" + RUN + " nothing\"}}"));
        assertEquals(0, none.get("result").size());
        assertEquals(0, none.get("total").asInt());
    }

    private static void deleteAll(String deleteUrl, List<Long> ids) {
        for (long id : ids) {
            postJson(deleteUrl, "{\"CONFIG_ID\":" + id + "}");
        }
    }
}
