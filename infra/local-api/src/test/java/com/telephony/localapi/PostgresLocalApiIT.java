package com.telephony.localapi;

import com.telephony.testing.postgresql.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's curl examples, in the README's order, against two fresh local APIs: the default one (DynamoDB, the
 * DynamoDB artifacts of infra/template.yaml) and {@code --store postgresql} (the PostgreSQL artifact of
 * infra/template-postgresql.yaml on the fixture's PostgreSQL). Every answer must be the same, status and body, once
 * what is different by design is masked: the {@code time} block, each API's own port in links, registration times,
 * random office-line passwords, endpoint UUIDs and their timestamps.
 */
class PostgresLocalApiIT {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    private static PostgresLocalApi postgres;

    @BeforeAll
    static void startBoth() throws Exception {
        LocalApiSupport.api();
        TestPostgres engine = TestPostgres.get();
        postgres = PostgresLocalApi.start(new PostgresLocalApi.Options("127.0.0.1", 0,
                ROOT.resolve("infra/template-postgresql.yaml"), null, engine.newDatabase("local_api"),
                engine.username(), engine.password(), 0));
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** One README example: how to send it to an API whose base URL is given. */
    private record Example(String name, Function<String, LocalApiSupport.Answer> call) {
    }

    @Test
    void theReadmeExamplesAnswerTheSameOnBothStores() {
        List<Example> examples = readmeExamples();
        List<String> dynamo = run(examples, LocalApiSupport.api().baseUrl());
        List<String> postgresql = run(examples, postgres.baseUrl());
        for (int i = 0; i < examples.size(); i++) {
            assertEquals(dynamo.get(i), postgresql.get(i), examples.get(i).name());
        }
        assertTrue(dynamo.get(0).startsWith("200 {\"result\":{\"ID\":\"1\",\"TYPE\":\"cloud\",\"CONFIG_ID\":\"1\",\"REG_ID\":150001"),
                "a fresh start counts from 1: " + dynamo.get(0));
    }

    private static List<String> run(List<Example> examples, String base) {
        List<String> answers = new ArrayList<>();
        String endpointId = null;
        for (Example example : examples) {
            LocalApiSupport.Answer answer = example.call().apply(base + "\u0000" + (endpointId == null ? "" : endpointId));
            if (example.name().equals("sip endpoint list page_size=1")) {
                Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(answer.body());
                assertTrue(id.find(), "no endpoint in " + answer);
                endpointId = id.group(1);
            }
            answers.add(answer.status() + " " + masked(answer.body()));
        }
        return answers;
    }

    private static String masked(String body) {
        return body
                .replaceAll("\"time\":\\{[^}]*}", "\"time\":{}")
                .replaceAll("http://127\\.0\\.0\\.1:\\d+", "<base URL>")
                .replaceAll("\"INCOMING_PASSWORD\":\"[0-9a-f]{32}\"", "\"INCOMING_PASSWORD\":\"<random>\"")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid7>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<time>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "<date time>");
    }

    private static String base(String target) {
        return target.substring(0, target.indexOf('\u0000'));
    }

    private static String endpoint(String target) {
        return target.substring(target.indexOf('\u0000') + 1);
    }

    private static LocalApiSupport.Answer signalWire(String method, String url, String json) {
        String credentials = "1313fe58-5e14-4c11-bbe7-6fdfa11fe780:PTlocaldevsignalwiretoken";
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return LocalApiSupport.send(method, url, headers, json);
    }

    private static List<Example> readmeExamples() {
        String webhook = "/rest/1/localdevwebhook/";
        String endpoints = "/api/fabric/resources/sip_endpoints";
        return List.of(
                new Example("sip.add cloud (JSON)", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.add",
                        "{\"TYPE\":\"cloud\",\"TITLE\":\"SIP line 1\",\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"sip_user\",\"PASSWORD\":\"secret\"}")),
                new Example("sip.add office (form)", t -> LocalApiSupport.postForm(base(t) + webhook + "voximplant.sip.add",
                        "TYPE=office&TITLE=Office+PBX+1&SERVER=office.provider.local&LOGIN=office_user&PASSWORD=secret")),
                new Example("sip.add as the application", t -> LocalApiSupport.postJson(base(t) + "/rest/voximplant.sip.add",
                        "{\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"app_user\",\"auth\":\"localdevapptoken\"}")),
                new Example("sip.get (JSON)", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.get",
                        "{\"FILTER\":{\"CONFIG_ID\":[1,2,3]},\"SORT\":\"CONFIG_ID\",\"ORDER\":\"ASC\"}")),
                new Example("sip.get (form)", t -> LocalApiSupport.postForm(base(t) + webhook + "voximplant.sip.get",
                        "FILTER[CONFIG_ID][0]=1&FILTER[CONFIG_ID][1]=2&SORT=CONFIG_ID&ORDER=ASC")),
                new Example("sip.update", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.update",
                        "{\"CONFIG_ID\":1,\"TITLE\":\"SIP line 1 (updated)\",\"PASSWORD\":\"new-secret\"}")),
                new Example("sip.status", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.status",
                        "{\"REG_ID\":150001}")),
                new Example("sip.get after status", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.get", "{}")),
                new Example("sip.connector.status", t -> LocalApiSupport.send("POST", base(t) + webhook + "voximplant.sip.connector.status",
                        (String) null, null)),
                new Example("sip.delete", t -> LocalApiSupport.postJson(base(t) + webhook + "voximplant.sip.delete",
                        "{\"CONFIG_ID\":1}")),
                new Example("no auth", t -> LocalApiSupport.send("POST", base(t) + "/rest/voximplant.sip.add", (String) null, null)),
                new Example("unknown method", t -> LocalApiSupport.send("GET", base(t) + webhook + "voximplant.sip.nothing",
                        (String) null, null)),
                new Example("missing fields", t -> LocalApiSupport.postForm(base(t) + webhook + "voximplant.sip.add",
                        "SERVER=sip.provider.com")),
                new Example("duplicate title", t -> LocalApiSupport.postForm(base(t) + webhook + "voximplant.sip.add",
                        "TYPE=office&TITLE=office+pbx+1+&SERVER=office.provider.local&LOGIN=office_user")),
                new Example("externalLine.add", t -> LocalApiSupport.postJson(base(t) + "/rest/telephony.externalLine.add",
                        "{\"NUMBER\":\"14151234567\",\"NAME\":\"Main External Line\",\"auth\":\"localdevapptoken\"}")),
                new Example("externalLine.add again", t -> LocalApiSupport.postJson(base(t) + "/rest/telephony.externalLine.add",
                        "{\"NUMBER\":\"14151234567\",\"NAME\":\"Again\",\"auth\":\"localdevapptoken\"}")),
                new Example("externalLine.update", t -> LocalApiSupport.postJson(base(t) + "/rest/telephony.externalLine.update",
                        "{\"NUMBER\":\"14151234567\",\"NAME\":\"Support Line\",\"CRM_AUTO_CREATE\":\"N\",\"auth\":\"localdevapptoken\"}")),
                new Example("externalLine.get", t -> LocalApiSupport.send("GET",
                        base(t) + "/rest/telephony.externalLine.get?auth=localdevapptoken", (String) null, null)),
                new Example("externalLine.delete", t -> LocalApiSupport.postForm(base(t) + "/rest/telephony.externalLine.delete",
                        "NUMBER=14151234567&auth=localdevapptoken")),
                new Example("externalLine.get after delete", t -> LocalApiSupport.send("GET",
                        base(t) + "/rest/telephony.externalLine.get?auth=localdevapptoken", (String) null, null)),
                new Example("sip endpoint create", t -> signalWire("POST", base(t) + endpoints,
                        "{\"username\":\"front-desk\",\"password\":\"s3cret\",\"caller_id\":\"+15550100\",\"call_handler\":\"resource\","
                                + "\"calling_handler_resource_id\":\"0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e\"}")),
                new Example("sip endpoint create, same username", t -> signalWire("POST", base(t) + endpoints,
                        "{\"username\":\"front-desk\",\"password\":\"other\"}")),
                new Example("sip endpoint list page_size=1", t -> signalWire("GET", base(t) + endpoints + "?page_size=1", null)),
                new Example("sip endpoint update", t -> signalWire("PUT", base(t) + endpoints + "/" + endpoint(t),
                        "{\"calling_handler_resource_id\": \"993ed018-9e79-4e50-b97b-984bd5534095\"}")),
                new Example("sip endpoint get", t -> signalWire("GET", base(t) + endpoints + "/" + endpoint(t), null)),
                new Example("sip endpoint list", t -> signalWire("GET", base(t) + endpoints + "?page_size=50", null)),
                new Example("sip endpoint delete", t -> signalWire("DELETE", base(t) + endpoints + "/" + endpoint(t), null)),
                new Example("sip endpoint get after delete", t -> signalWire("GET", base(t) + endpoints + "/" + endpoint(t), null)));
    }
}
