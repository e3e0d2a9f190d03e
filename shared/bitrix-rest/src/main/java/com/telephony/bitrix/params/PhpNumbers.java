package com.telephony.bitrix.params;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The string a JSON number becomes in Bitrix24, which decodes JSON with PHP's {@code json_decode} and then reads
 * every parameter as a string. Total: any {@link Number} the JSON parser can produce has a string form, however
 * large, small or precise (docs/decisions.md, "JSON numbers").
 *
 * <ul>
 *   <li>An integer within PHP's {@code int} (64 bits) is its decimal digits.</li>
 *   <li>A larger integer or any fraction is a PHP {@code float} (an IEEE double), cast to string the way PHP 8 does
 *   ({@code precision=14}, PHP's {@code zend_gcvt}): up to 14 significant digits, trailing zeros dropped;
 *   exponent notation when the decimal exponent is below -4 or 15 and above ({@code 1.0E+15}, {@code 1.0E-5});
 *   overflow is {@code INF} / {@code -INF} (so {@code 1e309} is {@code "INF"}); underflow is {@code 0}.</li>
 * </ul>
 */
public final class PhpNumbers {
    /** PHP's default {@code precision} ini setting, used by every float-to-string cast. */
    private static final int PRECISION = 14;
    private static final MathContext FOURTEEN_DIGITS = new MathContext(PRECISION, RoundingMode.HALF_EVEN);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PhpNumbers() {
    }

    public static String text(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        if (number instanceof BigInteger integer) {
            return integer.compareTo(LONG_MIN) >= 0 && integer.compareTo(LONG_MAX) <= 0
                    ? integer.toString() : floatText(integer.doubleValue());
        }
        // Double, Float, BigDecimal or anything else: PHP holds it as a double
        return floatText(number.doubleValue());
    }

    /** PHP 8's {@code (string)} of a float. */
    static String floatText(double value) {
        if (Double.isNaN(value)) {
            return "NAN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOURTEEN_DIGITS).stripTrailingZeros();
        String digits = rounded.unscaledValue().abs().toString();
        String sign = rounded.signum() < 0 ? "-" : "";
        // value = 0.<digits> × 10^point, as zend_dtoa reports it
        int point = digits.length() - rounded.scale();
        if (point < -3 || point > PRECISION) {
            int exponent = point - 1;
            String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length());
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }
}
