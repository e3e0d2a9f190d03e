package com.telephony.bitrix.listing;

import com.telephony.domain.sip.ConfigIdRange;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.telephony.bitrix.listing.Lines.select;
import static com.telephony.bitrix.listing.Lines.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every operator sip.get documents (docs/bitrix24/sip-lines.md, "Filter keys and operators") on numeric and text fields; each expectation differs from "all lines". */
class FilterConditionTest {
    @Test
    void noFilterSelectsEverything() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), select(Map.of()));
    }

    @Test
    void equalIsTheDefaultAndAnArrayIsAnInList() {
        assertEquals(List.of(3L), select("CONFIG_ID", "3"));
        assertEquals(List.of(3L), select("=CONFIG_ID", "3"));
        assertEquals(List.of(1L, 3L, 6L), select("CONFIG_ID", values("6", "3", "1", "99")));
        assertEquals(List.of(), select("CONFIG_ID", values()), "an empty list matches nothing");
        assertEquals(List.of(2L, 5L, 6L), select("TYPE", "office"));
        assertEquals(List.of(2L, 5L, 6L), select("TYPE", "OFFICE"), "text compares case-insensitively");
        assertEquals(List.of(4L), select("TITLE", "main office"), "trailing spaces are ignored, as in MySQL");
        assertEquals(List.of(3L), select("REG_ID", "150002"));
        assertEquals(List.of(4L), select("ID", "10"), "ID is the record id, not CONFIG_ID");
        assertEquals(List.of(2L, 5L, 6L), select("REGISTRATION_STATUS_CODE", "0"));
    }

    @Test
    void numericValuesAreReadLikePhpIntval() {
        assertEquals(List.of(3L), select("CONFIG_ID", "3abc"));
        assertEquals(List.of(3L), select("CONFIG_ID", " +3"));
        assertEquals(List.of(), select("CONFIG_ID", "abc"), "no number is 0, and no line has CONFIG_ID 0");
    }

    @Test
    void anEmptyValueMeansNoValue() {
        assertEquals(List.of(3L), select("TITLE", ""));
        assertEquals(List.of(4L), select("REGISTRATION_STATUS_CODE", FilterValue.scalar(null)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), select("AUTH_USER", FilterValue.scalar(null)),
                "null (cloud lines here) and the empty string (office lines here) are both empty");
        assertEquals(List.of(), select("!AUTH_USER", ""));
        assertEquals(List.of(2L, 5L, 6L), select("REG_ID", ""), "office lines have no REG_ID");
    }

    @Test
    void notEqualIsTheExactComplement() {
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L), select("!CONFIG_ID", "3"));
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L), select("!=CONFIG_ID", "3"));
        assertEquals(List.of(2L, 4L, 5L), select("!CONFIG_ID", values("1", "3", "6")), "NOT IN");
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), select("!=REGISTRATION_STATUS_CODE", FilterValue.scalar(null)));
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L), select("!REG_ID", "150002"),
                "lines without a REG_ID are not equal to it");
    }

    @Test
    void comparisons() {
        assertEquals(List.of(5L, 6L), select(">CONFIG_ID", "4"));
        assertEquals(List.of(4L, 5L, 6L), select(">=CONFIG_ID", "4"));
        assertEquals(List.of(1L, 2L), select("<CONFIG_ID", "3"));
        assertEquals(List.of(1L, 2L, 3L), select("<=CONFIG_ID", "3"));
        assertEquals(List.of(1L, 3L), select(">=REGISTRATION_STATUS_CODE", "200"), "no status is never compared");
        assertEquals(List.of(3L, 4L), select(">REG_ID", "150001"));
        assertEquals(List.of(3L, 4L), select("<ID", "30"), "ID is compared, not CONFIG_ID");
    }

    @Test
    void comparisonsWithAnArrayMatchAnyElement() {
        assertEquals(List.of(3L, 4L, 5L, 6L), select(">CONFIG_ID", values("5", "2")));
        assertEquals(List.of(1L, 2L, 3L, 4L), select("<CONFIG_ID", values("2", "5")));
    }

    @Test
    void textComparisonsAreCaseInsensitive() {
        assertEquals(List.of(1L, 3L, 4L, 6L), select(">=SERVER", "SIP.P"));
        assertEquals(List.of(1L, 5L), select("<LOGIN", "c"));
    }

    @Test
    void betweenIsInclusiveAndNotBetweenIsItsComplement() {
        assertEquals(List.of(2L, 3L, 4L), select("><CONFIG_ID", values("2", "4")));
        assertEquals(List.of(1L, 5L, 6L), select("!><CONFIG_ID", values("2", "4")));
        assertEquals(List.of(), select("><CONFIG_ID", values("4", "2")), "an empty interval");
        assertEquals(List.of(1L, 3L), select("><REGISTRATION_STATUS_CODE", values("100", "599")));
        assertEquals(List.of(2L, 4L, 5L, 6L), select("!><REGISTRATION_STATUS_CODE", values("100", "599")));
    }

    @Test
    void betweenNeedsExactlyTwoValues() {
        assertThrows(InvalidFilterValue.class, () -> select("><CONFIG_ID", "3"));
        assertThrows(InvalidFilterValue.class, () -> select("!><CONFIG_ID", values("1", "2", "3")));
    }

    @Test
    void likeIsACaseInsensitiveSubstringAndNotLikeItsComplement() {
        assertEquals(List.of(3L, 4L), select("%SERVER", "provider.COM"));
        assertEquals(List.of(1L, 2L, 5L, 6L), select("!%SERVER", "provider.com"));
        assertEquals(List.of(2L, 3L), select("%PASSWORD", "e"), "no password never contains anything");
        assertEquals(List.of(1L, 4L, 5L, 6L), select("!%PASSWORD", "e"));
        assertEquals(List.of(1L, 3L, 4L), select("%REG_ID", "1500"), "numbers are matched as text");
        assertEquals(List.of(1L, 3L), select("%REGISTRATION_STATUS_CODE", values("20", "50")), "numbers as text, any element");
        assertEquals(List.of(6L), select("%TITLE", "(old"), "wildcard-free: the value is taken literally");
    }

    @Test
    void searchUsesTheLogicSyntax() {
        assertEquals(List.of(2L, 4L), select("?TITLE", "office"));
        assertEquals(List.of(2L), select("?TITLE", "office pbx"));
        assertEquals(List.of(2L, 5L), select("?TITLE", "pbx | backup"));
        assertEquals(List.of(4L), select("?TITLE", "office ~pbx"));
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), select("?TITLE", "~main"));
        assertEquals(List.of(1L, 3L), select("?REGISTRATION_STATUS_CODE", "2 | 5"), "no status is never found");
    }

    @Test
    void conditionsAreJoinedWithAnd() {
        Map<String, FilterValue> filter = new LinkedHashMap<>();
        filter.put("TYPE", FilterValue.scalar("cloud"));
        filter.put(">=CONFIG_ID", FilterValue.scalar("3"));
        assertEquals(List.of(3L, 4L), select(filter));
    }

    @Test
    void unknownFieldsAndOperatorsAreRejected() {
        UnknownSipLineField field = assertThrows(UnknownSipLineField.class, () -> select("NAME", "x"));
        assertEquals("NAME", field.name());
        UnknownFilterOperator operator = assertThrows(UnknownFilterOperator.class, () -> select("@CONFIG_ID", values("1")));
        assertEquals("@", operator.operator());
        assertEquals("@CONFIG_ID", operator.key());
        assertThrows(UnknownFilterOperator.class, () -> select("=%TITLE", "x"), "the ORM's =% is not documented for sip.get");
        assertThrows(UnknownFilterOperator.class, () -> select(">>CONFIG_ID", "1"));
        assertThrows(UnknownSipLineField.class, () -> select("CONFIG_ID>", "1"));
        assertThrows(UnknownSipLineField.class, () -> select("0", "1"), "a list where an object belongs");
    }

    @Test
    void aBareAppIdIsOverwrittenByTheSystemFilterButOtherOperatorsApply() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), select("APP_ID", "another.app"));
        assertEquals(List.of(), select("=APP_ID", "another.app"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), select("%APP_ID", "APP.A"));
    }

    @Test
    void configIdBoundsCoverExactlyWhatTheFilterCanMatch() {
        assertEquals(new ConfigIdRange(3, 9), range("CONFIG_ID", values("9", "3", "7")));
        assertEquals(new ConfigIdRange(5, 5), range("=CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.atLeast(6), range(">CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.atLeast(5), range(">=CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.atMost(4), range("<CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.atMost(5), range("<=CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(new ConfigIdRange(2, 8), range("><CONFIG_ID", values("2", "8")));
        assertEquals(ConfigIdRange.ALL, range("!CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.ALL, range("%CONFIG_ID", FilterValue.scalar("5")));
        assertEquals(ConfigIdRange.ALL, range("TITLE", FilterValue.scalar("5")));
        assertEquals(true, range("CONFIG_ID", values()).isEmpty());
        assertEquals(true, range("CONFIG_ID", FilterValue.scalar("")).isEmpty());

        Map<String, FilterValue> both = new LinkedHashMap<>();
        both.put(">=CONFIG_ID", FilterValue.scalar("3"));
        both.put("<CONFIG_ID", FilterValue.scalar("10"));
        assertEquals(new ConfigIdRange(3, 9), SipLineFilter.parse(both).configIdRange());
        both.put("CONFIG_ID", values("1", "2"));
        assertEquals(true, SipLineFilter.parse(both).configIdRange().isEmpty());
    }

    private static ConfigIdRange range(String key, FilterValue value) {
        return SipLineFilter.parse(Map.of(key, value)).configIdRange();
    }
}
