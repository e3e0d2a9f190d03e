package com.telephony.bitrix.listing;

import com.telephony.domain.sip.SipLine;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipLineQueryTest {
    private static List<Long> sorted(String field, String order) {
        SipLineQuery query = SipLineQuery.of(Map.of(), field, order, 0);
        return Lines.ALL.stream().sorted(query.order()).map(SipLine::configId).toList();
    }

    @Test
    void withoutSortLinesKeepCreationOrder() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted(null, null));
    }

    @Test
    void sortNeedsBothSortAndOrder() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted("ID", null));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted("ID", ""));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted(null, "DESC"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted("NO_SUCH_FIELD", null), "not checked when unused");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sorted(null, "SIDEWAYS"), "not checked when unused");
    }

    @Test
    void sortsByNumbersAsNumbersAndTextCaseInsensitively() {
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), sorted("CONFIG_ID", "DESC"));
        assertEquals(List.of(4L, 3L, 2L, 1L, 6L, 5L), sorted("ID", "ASC"));
        assertEquals(List.of(4L, 3L, 2L, 1L, 6L, 5L), sorted("id", "asc"), "names and directions in any case");
        assertEquals(List.of(2L, 5L, 3L, 4L, 1L, 6L), sorted("SERVER", "ASC"),
                "office.provider.local, pbx.example.org, sip.provider.com twice (ties by CONFIG_ID), sipnet.com, test");
    }

    @Test
    void missingValuesComeFirstAscendingAndLastDescending() {
        assertEquals(List.of(4L, 2L, 5L, 6L, 1L, 3L), sorted("REGISTRATION_STATUS_CODE", "ASC"));
        assertEquals(List.of(3L, 1L, 2L, 5L, 6L, 4L), sorted("REGISTRATION_STATUS_CODE", "DESC"));
    }

    @Test
    void badOrderIsCheckedBeforeFilterAndSortFields() {
        assertThrows(InvalidSortDirection.class, () -> SipLineQuery.of(Map.of("NOPE", FilterValue.scalar("1")), "NOPE", "UP", 0));
        assertThrows(UnknownSipLineField.class, () -> SipLineQuery.of(Map.of(), "NOPE", "ASC", 0));
        UnknownSipLineField filterFirst = assertThrows(UnknownSipLineField.class,
                () -> SipLineQuery.of(Map.of("FILTERED", FilterValue.scalar("1")), "SORTED", "ASC", 0));
        assertEquals("FILTERED", filterFirst.name());
    }

    @Test
    void negativeStartIsTheFirstPage() {
        assertEquals(0, SipLineQuery.of(Map.of(), null, null, -1).offset());
        assertEquals(50, SipLineQuery.of(Map.of(), null, null, 50).offset());
    }

    @Test
    void filterKeysAreCheckedInTheOrderSent() {
        Map<String, FilterValue> filter = new LinkedHashMap<>();
        filter.put("@TITLE", FilterValue.scalar("x"));
        filter.put("NOPE", FilterValue.scalar("x"));
        assertThrows(UnknownFilterOperator.class, () -> SipLineQuery.of(filter, null, null, 0));
        assertTrue(SipLineQuery.of(Map.of(), null, null, 0).sort().isEmpty());
    }
}
