package com.telephony.lambda;

import com.telephony.http.Json;
import com.telephony.http.RequestFacts;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-request record: one JSON line, log fields and EMF metrics together. */
class RequestRecordTest {
    private static final Instant START = Instant.parse("2026-12-01T22:00:00.123Z");

    private static JsonNode parse(String line) {
        assertFalse(line.contains("\n"), "one line");
        return new Json().parse(line.getBytes(StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError(line));
    }

    @Test
    void aSuccessfulRequest() {
        RequestFacts facts = new RequestFacts();
        facts.operation("voximplant.sip.add");
        facts.tenant(RequestFacts.TenantKind.PORTAL, "portal-1");
        JsonNode record = parse(RequestRecord.line(new RequestRecord.Request(START, "req-1", null, "sip-add", "POST",
                200, 12.34567, true), facts, "Ns"));
        assertEquals("req-1", record.get("requestId").getStringValue());
        assertEquals("INFO", record.get("level").getStringValue());
        assertEquals("sip-add", record.get("function").getStringValue());
        assertEquals("voximplant.sip.add", record.get("operation").getStringValue());
        assertEquals("portal-1", record.get("portal").getStringValue());
        assertEquals(200, record.get("status").getNumberValue().intValue());
        assertTrue(record.get("errorCode").isNull());
        assertEquals(12.346, record.get("durationMs").getNumberValue().doubleValue());
        assertTrue(record.get("coldStart").getBooleanValue());
        assertEquals(1, record.get("ColdStarts").getNumberValue().intValue());
        assertEquals(0, record.get("Errors").getNumberValue().intValue());
        JsonNode aws = record.get("_aws");
        assertEquals(START.toEpochMilli(), aws.get("Timestamp").getNumberValue().longValue());
        assertEquals(1, aws.get("CloudWatchMetrics").size(), "no error-code dimension without an error");
        assertEquals("Ns", aws.get("CloudWatchMetrics").get(0).get("Namespace").getStringValue());
    }

    @Test
    void anUnexpectedFailureCarriesItsStackTraceInTheSameRecord() {
        RequestFacts facts = new RequestFacts();
        facts.operation("sip_endpoints.create");
        facts.tenant(RequestFacts.TenantKind.PROJECT, "project-1");
        facts.errorCode("Internal Server Error");
        facts.unexpected(new IllegalStateException("broken \"quote\" \ud800", new RuntimeException("cause")));
        JsonNode record = parse(RequestRecord.line(new RequestRecord.Request(START, "req-2", "Root=1-abc", "create",
                "POST", 500, 1, false), facts, "Ns"));
        assertEquals("ERROR", record.get("level").getStringValue());
        assertEquals("project-1", record.get("project").getStringValue());
        assertEquals("Root=1-abc", record.get("traceId").getStringValue());
        JsonNode exception = record.get("exception");
        assertEquals("java.lang.IllegalStateException", exception.get("type").getStringValue());
        assertTrue(exception.get("stackTrace").size() > 1);
        assertTrue(exception.get("stackTrace").values().iterator().next().getStringValue().startsWith("at "));
        boolean cause = false;
        for (JsonNode frame : exception.get("stackTrace").values()) {
            cause |= frame.getStringValue().startsWith("Caused by: java.lang.RuntimeException: cause");
        }
        assertTrue(cause, "the cause is in the trace");
        assertEquals(1, record.get("ServerErrors").getNumberValue().intValue());
        assertEquals(2, record.get("_aws").get("CloudWatchMetrics").size(), "errors by code too");
    }
}
