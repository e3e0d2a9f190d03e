package com.telephony.bitrix.params;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsTest {
    @Test
    void intvalFollowsPhp() {
        assertEquals(50, Params.intval("50"));
        assertEquals(50, Params.intval(" 50abc"));
        assertEquals(-3, Params.intval("-3"));
        assertEquals(0, Params.intval("abc"));
        assertEquals(12, Params.intval("12.9"));
        assertEquals(0, Params.intval(null));
        assertEquals(1, Params.intval(List.of("x")));
        assertEquals(0, Params.intval(Map.of()));
        assertEquals(Long.MAX_VALUE, Params.intval("99999999999999999999999"));
    }

    @Test
    void stringTreatsNonScalarsAsEmpty() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("A", "x");
        values.put("B", List.of("1"));
        values.put("C", null);
        Params params = new Params(values, 0);
        assertEquals("x", params.string("A").orElseThrow());
        assertEquals("", params.string("B").orElseThrow());
        assertTrue(params.string("C").isEmpty());
        assertTrue(params.string("D").isEmpty());
    }

    @Test
    void upperCasingKeepsValuesAndOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("server", "s");
        values.put("Login", "l");
        Params upper = new Params(values, 7).withUpperCaseKeys();
        assertEquals("s", upper.string("SERVER").orElseThrow());
        assertEquals("l", upper.string("LOGIN").orElseThrow());
        assertEquals(7, upper.start());
    }
}
