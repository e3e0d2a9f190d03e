package com.telephony.bitrix.params;

import com.telephony.http.Headers;
import com.telephony.http.HttpRequest;
import com.telephony.http.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** JSON numbers become the strings PHP 8 makes of json_decode's ints and floats (precision 14). */
class PhpNumbersTest {
    @Test
    void integersWithinSixtyFourBitsAreTheirDigits() {
        assertEquals("5", PhpNumbers.text(5));
        assertEquals("-12345678901", PhpNumbers.text(-12345678901L));
        assertEquals("9223372036854775807", PhpNumbers.text(new BigInteger("9223372036854775807")));
        assertEquals("-9223372036854775808", PhpNumbers.text(new BigInteger("-9223372036854775808")));
    }

    @Test
    void largerIntegersAreFloats() {
        assertEquals("9.2233720368548E+18", PhpNumbers.text(new BigInteger("9223372036854775808")));
        assertEquals("1.2345678901235E+29", PhpNumbers.text(new BigInteger("123456789012345678901234567890")));
        assertEquals("INF", PhpNumbers.text(BigInteger.TEN.pow(400)));
        assertEquals("-INF", PhpNumbers.text(BigInteger.TEN.pow(400).negate()));
    }

    @Test
    void floatsAsPhpCastsThem() {
        assertEquals("5", PhpNumbers.text(5.0));
        assertEquals("5.25", PhpNumbers.text(5.25));
        assertEquals("-0.5", PhpNumbers.text(-0.5));
        assertEquals("0.3", PhpNumbers.text(0.1 + 0.2));
        assertEquals("0.1", PhpNumbers.text(0.1));
        assertEquals("0.0001", PhpNumbers.text(0.0001));
        assertEquals("1.0E-5", PhpNumbers.text(0.00001));
        assertEquals("1.5E-7", PhpNumbers.text(1.5e-7));
        assertEquals("10000000000000", PhpNumbers.text(1e13));
        assertEquals("1.0E+14", PhpNumbers.text(1e14));
        assertEquals("1.0E+15", PhpNumbers.text(1e15));
        assertEquals("123456789012.35", PhpNumbers.text(123456789012.345678));
        assertEquals("3.1415926535898", PhpNumbers.text(Math.PI));
        assertEquals("1.7976931348623E+308", PhpNumbers.text(Double.MAX_VALUE));
        assertEquals("4.9406564584125E-324", PhpNumbers.text(Double.MIN_VALUE));
        assertEquals("0", PhpNumbers.text(0.0));
        assertEquals("-0", PhpNumbers.text(-0.0));
        assertEquals("INF", PhpNumbers.text(Double.POSITIVE_INFINITY));
        assertEquals("-INF", PhpNumbers.text(Double.NEGATIVE_INFINITY));
        assertEquals("NAN", PhpNumbers.text(Double.NaN));
        assertEquals("0.1", PhpNumbers.text(new BigDecimal("0.1000000000000000055511151231257827")));
    }

    @Test
    void anyJsonNumberDecodesWithoutFailing() {
        ParamDecoder decoder = new ParamDecoder(new Json());
        String body = "{\"A\":1e309,\"B\":-1e999,\"C\":1e-999,\"D\":123456789012345678901234567890,"
                + "\"E\":0.1000000000000000055511151231257827,\"F\":[1E400,-0.0],\"G\":{\"h\":5.0},\"a\":1e309}";
        Map<String, Object> params = decoder.decode(new HttpRequest("POST", "/rest/x", "",
                Headers.of(Map.of("content-type", "application/json")), body.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("A", "INF");
        expected.put("B", "-INF");
        expected.put("C", "0");
        expected.put("D", "1.2345678901235E+29");
        expected.put("E", "0.1");
        expected.put("F", List.of("INF", "-0"));
        expected.put("G", Map.of("h", "5"));
        expected.put("a", "INF");
        assertEquals(expected, params);
    }

    @Test
    void unpairedSurrogatesMakeTheJsonInvalidAsInPhp() {
        ParamDecoder decoder = new ParamDecoder(new Json());
        for (String body : List.of("{\"TITLE\":\"\\ud800\"}", "{\"\\udc00\":\"x\"}", "{\"F\":[\"a\\ud83d\"]}")) {
            Map<String, Object> params = decoder.decode(new HttpRequest("POST", "/rest/x", "a=1",
                    Headers.of(Map.of("content-type", "application/json")), body.getBytes(StandardCharsets.UTF_8)));
            assertEquals(Map.of("a", "1"), params, body);
        }
        byte[] encodedSurrogate = {'{', '"', 'T', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertEquals(Map.of(), decoder.decode(new HttpRequest("POST", "/rest/x", "",
                Headers.of(Map.of("content-type", "application/json")), encodedSurrogate)));
    }
}
