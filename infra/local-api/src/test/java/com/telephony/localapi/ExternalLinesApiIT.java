package com.telephony.localapi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.telephony.localapi.LocalApiSupport.api;
import static com.telephony.localapi.LocalApiSupport.postForm;
import static com.telephony.localapi.LocalApiSupport.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * telephony.externalLine.* over HTTP against the local API, as a user runs the documentation's curl example: with a token the
 * provisioning CLI issued, and with the dev application's fixed token. The dev portal is shared by every API test
 * in this JVM, so the dev application's numbers are unique per run.
 */
class ExternalLinesApiIT {
    private static final String SEED_UPDATE_FIELDS =
            "\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"";
    private static final Pattern ADDED = Pattern.compile("^\\{\"result\":\\{\"ID\":(\\d+)},\"time\":\\{\"start\":\\d+,");
    private static final Pattern UPDATED = Pattern.compile("^\\{\"result\":\\{\"ID\":\"(\\d+)\"},\"time\":\\{\"start\":\\d+,");
    private static final String WRONG_AUTH_TYPE =
            "{\"error\":\"WRONG_AUTH_TYPE\",\"error_description\":\"Current authorization type is denied for this method\"}";
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Test
    void seedUpdateExampleWithATokenTheProvisioningCliIssued() {
        String clientId = provision("app", Map.of("portal", "localdev", "name", "Seed app " + NEXT.incrementAndGet()))
                .replaceFirst("^application ", "");
        String token = provision("token", Map.of("portal", "localdev", "app", clientId, "user", "1"));
        assertTrue(token.matches("[0-9a-f]{64}"), token);

        var added = postJson(url("add"), "{\"NUMBER\":\"14151234567\",\"NAME\":\"Main External Line\",\"auth\":\"" + token + "\"}");
        String id = group(ADDED, added);

        var updated = postJson(url("update"), "{" + SEED_UPDATE_FIELDS + ",\"auth\":\"" + token + "\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("application/json; charset=utf-8", updated.contentType());
        assertEquals(id, group(UPDATED, updated), "update answers the id add gave, as a string");

        var listed = postJson(url("get"), "{\"auth\":\"" + token + "\"}");
        assertTrue(listed.body().startsWith(
                "{\"result\":[{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\"}],\"time\":{"),
                listed::toString);
    }

    @Test
    void wholeLifecycleWithTheDevApplicationToken() {
        String token = api().appToken();
        String first = uniqueNumber();
        String second = uniqueNumber();

        long firstId = Long.parseLong(group(ADDED, postJson(url("add"), "{\"NUMBER\":\"" + first + "\",\"auth\":\"" + token + "\"}")));
        long secondId = Long.parseLong(group(ADDED, postForm(url("add"),
                "NUMBER=" + second + "&NAME=Sales&CRM_AUTO_CREATE=N&auth=" + token)));
        assertTrue(secondId > firstId);
        var duplicate = postJson(url("add"), "{\"NUMBER\":\" " + first + " \",\"auth\":\"" + token + "\"}");
        assertEquals(400, duplicate.status());
        assertEquals("{\"error\":\"ERROR_CORE\",\"error_description\":\"Line already exists\"}", duplicate.body());

        String listed = postJson(url("get") + "?auth=" + token, "").body();
        String firstRow = "{\"NUMBER\":\"" + first + "\",\"NAME\":\"\",\"CRM_AUTO_CREATE\":\"Y\"}";
        String secondRow = "{\"NUMBER\":\"" + second + "\",\"NAME\":\"Sales\",\"CRM_AUTO_CREATE\":\"N\"}";
        assertTrue(listed.contains(firstRow + "," + secondRow), "oldest first: " + listed);
        assertFalse(listed.contains("\"total\""), listed);

        var updated = postForm(url("update"), "NUMBER=" + second + "&NAME=Sales+2&auth=" + token);
        assertEquals(Long.toString(secondId), group(UPDATED, updated));
        assertTrue(postJson(url("get") + "?auth=" + token, "").body()
                .contains("{\"NUMBER\":\"" + second + "\",\"NAME\":\"Sales 2\",\"CRM_AUTO_CREATE\":\"N\"}"));

        var deleted = postJson(url("delete"), "{\"NUMBER\":\"" + second + "\",\"auth\":\"" + token + "\"}");
        assertEquals(200, deleted.status(), deleted::toString);
        assertTrue(deleted.body().startsWith("{\"result\":[],\"time\":{"), deleted.body());
        assertFalse(postJson(url("get") + "?auth=" + token, "").body().contains("\"" + second + "\""));

        var gone = postJson(url("update"), "{\"NUMBER\":\"" + second + "\",\"NAME\":\"x\",\"auth\":\"" + token + "\"}");
        assertEquals(400, gone.status());
        assertEquals("{\"error\":\"ERROR_CORE\",\"error_description\":\"Could not find line with number " + second + "\"}",
                gone.body());
    }

    @Test
    void updateErrorTableOverHttp() {
        String token = api().appToken();
        var noFields = postJson(url("update"), "{\"NUMBER\":\"" + uniqueNumber() + "\",\"auth\":\"" + token + "\"}");
        assertEquals(400, noFields.status());
        assertEquals("{\"error\":\"ERROR_CORE\",\"error_description\":\"There are no fields to update\"}", noFields.body());
        var noNumber = postJson(url("update"), "{\"NAME\":\"x\",\"auth\":\"" + token + "\"}");
        assertEquals(400, noNumber.status());
        assertEquals("{\"error\":\"ERROR_CORE\",\"error_description\":\"NUMBER should not be empty\"}", noNumber.body());
        var webhook = postJson(api().webhookUrl() + "telephony.externalLine.update", "{" + SEED_UPDATE_FIELDS + "}");
        assertEquals(403, webhook.status());
        assertEquals(WRONG_AUTH_TYPE, webhook.body());
    }

    @Test
    void webhooksGetWrongAuthTypeOnEveryMethod() {
        for (String method : new String[]{"add", "get", "update", "delete"}) {
            var answer = postJson(api().webhookUrl() + "telephony.externalLine." + method, "{\"NUMBER\":\"1\",\"NAME\":\"x\"}");
            assertEquals(403, answer.status(), method);
            assertEquals(WRONG_AUTH_TYPE, answer.body(), method);
        }
    }

    @Test
    void applicationsDoNotSeeEachOthersNumbers() {
        String otherApp = provision("app", Map.of("portal", "localdev", "name", "Other app " + NEXT.incrementAndGet()))
                .replaceFirst("^application ", "");
        String otherToken = provision("token", Map.of("portal", "localdev", "app", otherApp, "user", "1"));
        String number = uniqueNumber();
        group(ADDED, postJson(url("add"), "{\"NUMBER\":\"" + number + "\",\"auth\":\"" + api().appToken() + "\"}"));

        assertEquals("[]", result(postJson(url("get"), "{\"auth\":\"" + otherToken + "\"}").body()));
        var update = postJson(url("update"), "{\"NUMBER\":\"" + number + "\",\"NAME\":\"x\",\"auth\":\"" + otherToken + "\"}");
        assertEquals(400, update.status());
        var delete = postJson(url("delete"), "{\"NUMBER\":\"" + number + "\",\"auth\":\"" + otherToken + "\"}");
        assertEquals(400, delete.status());
        assertTrue(delete.body().contains("Could not find line with number " + number), delete.body());
        group(ADDED, postJson(url("add"), "{\"NUMBER\":\"" + number + "\",\"auth\":\"" + otherToken + "\"}"));
        assertTrue(postJson(url("get"), "{\"auth\":\"" + api().appToken() + "\"}").body().contains("\"" + number + "\""),
                "the dev application still has its line");
    }

    private static String url(String method) {
        return api().baseUrl() + "/rest/telephony.externalLine." + method;
    }

    private static String uniqueNumber() {
        return "1" + NEXT.incrementAndGet();
    }

    private static String group(Pattern pattern, LocalApiSupport.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        Matcher matcher = pattern.matcher(answer.body());
        assertTrue(matcher.find(), answer::toString);
        return matcher.group(1);
    }

    private static String result(String body) {
        return body.substring("{\"result\":".length(), body.indexOf(",\"time\":"));
    }

    /**
     * Runs the provisioning CLI against the local API's own table and returns the first line it printed: the
     * application's id line, or the access token (the client secret and refresh token follow on the next line).
     */
    private static String provision(String command, Map<String, String> options) {
        Map<String, String> withTable = new HashMap<>(options);
        withTable.put("endpoint", api().dynamoDbEndpoint());
        // The local API points its functions at its table through this property, as Lambda does through its environment.
        withTable.put("table", System.getProperty("telephony.dynamodb.table"));
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Provision.run(command, withTable);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).trim().split("\\R")[0];
    }
}
