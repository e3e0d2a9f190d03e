package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file in {@code infra/events/} (the {@code sam local invoke -e} events) goes through its function's real
 * handler, loaded from its artifact, against the real engine with the local API's development tenant, as
 * {@code sam local invoke} with {@code infra/events/env.json} would run it. Creating events run first and deleting
 * ones last, so each file works on a fresh local API exactly as written; a SignalWire endpoint id (server-assigned)
 * is carried from the create answer into the later events, as a user would paste it.
 */
class EventsIT {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    private static final Pattern CODE_URI = Pattern.compile(".*/functions/([^/]+)/target/\\1\\.jar");
    /** The placeholder endpoint id the SignalWire event files carry (the documentation's example id). */
    private static final String EXAMPLE_ENDPOINT_ID = "993ed018-9e79-4e50-b97b-984bd5534095";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @Test
    void everyEventFileSucceedsThroughItsFunction() throws IOException {
        LocalApiSupport.api();
        SamTemplate template = SamTemplate.load(ROOT.resolve("infra/template.yaml"));
        Map<String, SamTemplate.FunctionDefinition> byModule = new HashMap<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            Matcher matcher = CODE_URI.matcher(function.artifact().toString());
            assertTrue(matcher.matches(), function.artifact().toString());
            byModule.put(matcher.group(1), function);
        }
        List<Path> events;
        try (Stream<Path> files = Files.list(ROOT.resolve("infra/events"))) {
            events = new ArrayList<>(files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("env.json")).toList());
        }
        events.sort(Comparator.comparingInt(EventsIT::phase).thenComparing(Path::toString));
        assertEquals(byModule.keySet(), events.stream().map(EventsIT::module).collect(java.util.stream.Collectors.toSet()),
                "one event file per function module");

        String endpointId = EXAMPLE_ENDPOINT_ID;
        for (Path file : events) {
            SamTemplate.FunctionDefinition function = byModule.get(module(file));
            String text = Files.readString(file).replace(EXAMPLE_ENDPOINT_ID, endpointId);
            APIGatewayV2HTTPEvent event = LambdaEventSerializers
                    .serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader())
                    .fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            LocalFunction local = new LocalFunction(function);
            APIGatewayV2HTTPResponse response;
            try {
                response = local.invoke(event);
            } finally {
                local.close();
            }
            String body = response.getBody() == null ? "" : response.getBody();
            assertTrue(response.getStatusCode() == 200 || response.getStatusCode() == 204,
                    file.getFileName() + " → " + response.getStatusCode() + " " + body);
            if (response.getStatusCode() == 204) {
                assertTrue(body.isEmpty(), file.getFileName() + ": 204 with a body");
                continue;
            }
            JsonNode answer = JSON.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
            if (event.getRawPath().startsWith("/rest/")) {
                assertNotNull(answer.get("result"), file.getFileName() + ": no result: " + body);
                assertNotNull(answer.get("time"), file.getFileName() + ": no time block: " + body);
                assertEquals(null, answer.get("error"), body);
            } else if (event.getRawPath().startsWith("/oauth/")) {
                assertNotNull(answer.get("access_token"), file.getFileName() + ": " + body);
                assertNotNull(answer.get("refresh_token"), file.getFileName() + ": " + body);
            } else {
                assertTrue(answer.get("id") != null || answer.get("data") != null, file.getFileName() + ": " + body);
                if (answer.get("id") != null && phase(file) == 0) {
                    endpointId = answer.get("id").getStringValue();
                }
            }
        }
    }

    private static String module(Path eventFile) {
        String name = eventFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** Creating events first, deleting ones last. */
    private static int phase(Path eventFile) {
        String module = module(eventFile);
        if (module.endsWith("-add") || module.endsWith("-create")) {
            return 0;
        }
        return module.endsWith("-delete") ? 2 : 1;
    }
}
