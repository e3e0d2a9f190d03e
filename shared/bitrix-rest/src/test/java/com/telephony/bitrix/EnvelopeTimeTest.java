package com.telephony.bitrix;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The time block's field types and values as current Bitrix24 cloud answers carry them (docs/bitrix24/rest-conventions.md, "The time block"). */
class EnvelopeTimeTest {
    @Test
    void typesAndValues() {
        Instant start = Instant.parse("2026-03-16T10:42:08.250Z");
        Instant methodStart = Instant.parse("2026-03-16T10:42:08.900Z");
        Instant finish = Instant.parse("2026-03-16T10:42:09.048472Z");
        JsonNode time = Envelope.time(ZoneId.of("Europe/Kaliningrad"), start, methodStart, finish);

        assertEquals(1773657728L, time.get("start").getNumberValue().longValue());
        assertEquals(new BigDecimal("1773657729.048472"), time.get("finish").getNumberValue());
        assertEquals(new BigDecimal("1.048472"), time.get("duration").getNumberValue());
        assertEquals(1L, time.get("processing").getNumberValue().longValue());
        assertEquals("2026-03-16T12:42:08+02:00", time.get("date_start").getStringValue());
        assertEquals("2026-03-16T12:42:09+02:00", time.get("date_finish").getStringValue());
        assertEquals(1773657728L + 600, time.get("operating_reset_at").getNumberValue().longValue());
        assertEquals(new BigDecimal("0.148472"), time.get("operating").getNumberValue());
    }

    @Test
    void utcOffsetIsWrittenAsPhpDoes() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals("2026-01-01T00:00:00+00:00",
                Envelope.time(ZoneId.of("UTC"), now, now, now).get("date_start").getStringValue());
    }
}
