package com.telephony.bitrix;

import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bitrix24's answer envelopes (docs/bitrix24/rest-conventions.md, "Success envelope", "Error envelope"): {@code result}, {@code next}, {@code total}, {@code time}
 * on success; {@code error}, {@code error_description} and no {@code time} on failure. JSON by default,
 * XML for a {@code .xml} method suffix.
 */
@Singleton
public final class Envelope {
    /** Length of the load limiter's window: {@code operating_reset_at} is {@code start} plus this for an idle method. */
    private static final long OPERATING_WINDOW_SECONDS = 600;

    private static final Map<String, String> COMMON_HEADERS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Allow-Headers", "origin, content-type, accept",
            "X-Content-Type-Options", "nosniff");

    public enum Format {
        JSON("application/json; charset=utf-8"),
        XML("text/xml; charset=utf-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    private final Json json;

    public Envelope(Json json) {
        this.json = json;
    }

    /**
     * @param requestStart when the request reached the edge
     * @param methodStart  when the method itself started (after decoding and authentication)
     * @param finish       when the method returned
     */
    public HttpResponse success(MethodResult result, Format format, ZoneId zone, Instant requestStart,
                                Instant methodStart, Instant finish) {
        return success(result, format, zone, requestStart, methodStart, finish,
                java.time.Duration.between(methodStart, finish), requestStart.getEpochSecond() + OPERATING_WINDOW_SECONDS);
    }

    /**
     * @param operating        the portal's execution time in this method over the limiter's window, this call included
     * @param operatingResetAt when the oldest counted minute of it expires (epoch seconds)
     */
    public HttpResponse success(MethodResult result, Format format, ZoneId zone, Instant requestStart,
                                Instant methodStart, Instant finish, java.time.Duration operating,
                                long operatingResetAt) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("result", result.result());
        if (result.next() != null) {
            body.put("next", JsonNode.createNumberNode(result.next()));
        }
        if (result.total() != null) {
            body.put("total", JsonNode.createNumberNode(result.total()));
        }
        body.put("time", time(zone, requestStart, methodStart, finish, operating, operatingResetAt));
        return respond(200, JsonNode.createObjectNode(body), format);
    }

    public HttpResponse error(BitrixError error, Format format) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("error", JsonNode.createStringNode(error.code()));
        body.put("error_description", JsonNode.createStringNode(error.description()));
        error.extra().forEach((key, value) -> body.put(key, JsonNode.createStringNode(value)));
        return respond(error.status(), JsonNode.createObjectNode(body), format);
    }

    /** CORS preflight: browsers ask before a JSON POST from a page. */
    public HttpResponse preflight() {
        Map<String, String> headers = new LinkedHashMap<>(COMMON_HEADERS);
        headers.put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        return new HttpResponse(200, headers, new byte[0]);
    }

    private HttpResponse respond(int status, JsonNode body, Format format) {
        Map<String, String> headers = new LinkedHashMap<>(COMMON_HEADERS);
        headers.put("Content-Type", format.contentType);
        byte[] bytes = format == Format.XML ? XmlWriter.write(body).getBytes(StandardCharsets.UTF_8) : json.write(body);
        return new HttpResponse(status, headers, bytes);
    }

    /** Field types as current cloud answers: integer start and processing, float finish, duration and operating. */
    static JsonNode time(ZoneId zone, Instant requestStart, Instant methodStart, Instant finish) {
        return time(zone, requestStart, methodStart, finish, java.time.Duration.between(methodStart, finish),
                requestStart.getEpochSecond() + OPERATING_WINDOW_SECONDS);
    }

    static JsonNode time(ZoneId zone, Instant requestStart, Instant methodStart, Instant finish,
                         java.time.Duration operatingTime, long operatingResetAt) {
        Map<String, JsonNode> time = callTime(zone, requestStart, methodStart, finish);
        BigDecimal operating = BigDecimal.valueOf(Math.max(0, operatingTime.toNanos()), 9).setScale(6, RoundingMode.DOWN);
        time.put("operating_reset_at", JsonNode.createNumberNode(operatingResetAt));
        time.put("operating", JsonNode.createNumberNode(operating));
        return JsonNode.createObjectNode(time);
    }

    /** A batch sub-call's {@code result_time} entry: the time block without the limiter's fields, as Bitrix24. */
    public static JsonNode subCallTime(ZoneId zone, Instant start, Instant methodStart, Instant finish) {
        return JsonNode.createObjectNode(callTime(zone, start, methodStart, finish));
    }

    private static Map<String, JsonNode> callTime(ZoneId zone, Instant requestStart, Instant methodStart, Instant finish) {
        long start = requestStart.getEpochSecond();
        BigDecimal finishSeconds = seconds(finish);
        Map<String, JsonNode> time = new LinkedHashMap<>();
        time.put("start", JsonNode.createNumberNode(start));
        time.put("finish", JsonNode.createNumberNode(finishSeconds));
        time.put("duration", JsonNode.createNumberNode(finishSeconds.subtract(BigDecimal.valueOf(start))));
        time.put("processing", JsonNode.createNumberNode(finish.getEpochSecond() - methodStart.getEpochSecond()));
        time.put("date_start", JsonNode.createStringNode(PhpDates.ISO_8601.format(requestStart.atZone(zone))));
        time.put("date_finish", JsonNode.createStringNode(PhpDates.ISO_8601.format(finish.atZone(zone))));
        return time;
    }

    private static BigDecimal seconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(6, RoundingMode.DOWN);
    }
}
