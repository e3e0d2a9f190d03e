package com.telephony.bitrix.params;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhpQueryStringTest {
    @Test
    void plainPairsArePercentAndPlusDecoded() {
        assertEquals(Map.of("TITLE", "SIP line 1", "X", "a&b"), PhpQueryString.parse("TITLE=SIP+line%201&X=a%26b"));
    }

    @Test
    void appendBracketsBuildLists() {
        Map<String, Object> parsed = PhpQueryString.parse("FILTER[CONFIG_ID][]=3&FILTER[CONFIG_ID][]=7&FILTER[CONFIG_ID][]=9");
        Object ids = ((Map<?, ?>) parsed.get("FILTER")).get("CONFIG_ID");
        assertEquals(List.of("3", "7", "9"), Params.elements(ids));
    }

    @Test
    void indexedBracketsAndNestedLevels() {
        Map<String, Object> parsed = PhpQueryString.parse("FILTER[CONFIG_ID][0]=3&FILTER[CONFIG_ID][1]=7&fields[PHONE][0][VALUE]=112233");
        assertEquals(Map.of("0", "3", "1", "7"), ((Map<?, ?>) parsed.get("FILTER")).get("CONFIG_ID"));
        Map<?, ?> phone = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) parsed.get("fields")).get("PHONE")).get("0");
        assertEquals("112233", phone.get("VALUE"));
    }

    @Test
    void appendContinuesAfterTheHighestIndex() {
        Map<String, Object> parsed = PhpQueryString.parse("a[5]=x&a[]=y");
        assertEquals(Map.of("5", "x", "6", "y"), parsed.get("a"));
    }

    @Test
    void laterScalarReplacesArrayAndViceVersa() {
        assertEquals("s", PhpQueryString.parse("a[]=1&a=s").get("a"));
        assertEquals(Map.of("0", "1"), PhpQueryString.parse("a=s&a[]=1").get("a"));
    }

    @Test
    void phpNameMangling() {
        Map<String, Object> parsed = PhpQueryString.parse("a.b=1&c d=2&e[f=3&%20g=4");
        assertEquals("1", parsed.get("a_b"));
        assertEquals("2", parsed.get("c_d"));
        assertEquals("3", parsed.get("e_f"));
        assertEquals("4", parsed.get("g"));
    }

    @Test
    void malformedInputIsToleratedLikePhp() {
        assertEquals(Map.of("x", "%zz"), PhpQueryString.parse("x=%zz"));
        assertEquals(Map.of(), PhpQueryString.parse("=v&&&[a]=1"));
        assertEquals(Map.of("k", ""), PhpQueryString.parse("k"));
    }

    @Test
    void atMostThousandVariables() {
        String many = "v[]=1&".repeat(1500);
        assertEquals(PhpArrayBuilder.MAX_VARIABLES, Params.elements(PhpQueryString.parse(many).get("v")).size());
    }

    @Test
    void nestingDeeperThanPhpAllowsIsDropped() {
        String deep = "a" + "[x]".repeat(PhpArrayBuilder.MAX_DEPTH + 1) + "=1&b=2";
        Map<String, Object> parsed = PhpQueryString.parse(deep);
        assertEquals(Map.of("b", "2"), parsed);
    }
}
