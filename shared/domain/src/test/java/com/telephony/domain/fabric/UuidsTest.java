package com.telephony.domain.fabric;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidsTest {
    @Test
    void canonicalAcceptsOnlyTheFullLayoutAndLowercasesIt() {
        assertEquals(Optional.of("993ed018-9e79-4e50-b97b-984bd5534095"), Uuids.canonical("993ED018-9E79-4E50-B97B-984BD5534095"));
        for (String bad : List.of("", "1-1-1-1-1", "993ed0189e794e50b97b984bd5534095", "{993ed018-9e79-4e50-b97b-984bd5534095}",
                "993ed018-9e79-4e50-b97b-984bd553409g", " 993ed018-9e79-4e50-b97b-984bd5534095")) {
            assertEquals(Optional.empty(), Uuids.canonical(bad), bad);
        }
        assertEquals(Optional.empty(), Uuids.canonical(null));
    }

    @Test
    void timeOrderedIdsAreVersion7AndSortByTheirInstant() {
        Instant earlier = Instant.parse("2024-05-06T12:20:00.123Z");
        String id = Uuids.timeOrdered(earlier);
        UUID parsed = UUID.fromString(id);
        assertEquals(7, parsed.version());
        assertEquals(2, parsed.variant());
        assertEquals(earlier.toEpochMilli(), parsed.getMostSignificantBits() >>> 16, "the first 48 bits are the milliseconds");

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(Uuids.timeOrdered(earlier.plusMillis(i)));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted, "text order is creation order");
        assertTrue(Uuids.timeOrdered(earlier.plusSeconds(1)).compareTo(id) > 0);
    }
}
