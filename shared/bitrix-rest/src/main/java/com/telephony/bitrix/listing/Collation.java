package com.telephony.domain.sip.listing;

import java.util.Locale;

/**
 * How Bitrix24's database compares the values of a field: integers for numeric fields (the filter value read with
 * PHP's {@code intval}, so {@code "7"}, {@code 7} and {@code "7abc"} are all 7), otherwise MySQL's default
 * collation: case-insensitive, trailing spaces ignored.
 */
final class Collation {
    private Collation() {
    }

    /** Compares a line's (non-null) value with a filter value. */
    static int compare(SipLineField field, Object actual, String value) {
        if (field.numeric()) {
            return Long.compare((Long) actual, intval(value));
        }
        return key((String) actual).compareTo(key(value == null ? "" : value));
    }

    /** Two values of the same field, for sorting; nulls are handled by the caller. */
    static int compareValues(SipLineField field, Object a, Object b) {
        if (field.numeric()) {
            return Long.compare((Long) a, (Long) b);
        }
        return key((String) a).compareTo(key((String) b));
    }

    /** Substring test, case-insensitive; numbers are matched on their decimal text, as MySQL's LIKE does. */
    static boolean contains(Object actual, String value) {
        return text(actual).toLowerCase(Locale.ROOT).contains((value == null ? "" : value).toLowerCase(Locale.ROOT));
    }

    static String text(Object actual) {
        return actual instanceof Long number ? Long.toString(number) : (String) actual;
    }

    private static String key(String text) {
        return text.stripTrailing().toLowerCase(Locale.ROOT);
    }

    /** PHP {@code intval} of a string: optional leading whitespace and sign, then digits; nothing usable is 0. */
    static long intval(String value) {
        if (value == null) {
            return 0;
        }
        String text = value.stripLeading();
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long result = 0;
        for (; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            int digit = text.charAt(i) - '0';
            if (result > (Long.MAX_VALUE - digit) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            result = result * 10 + digit;
        }
        return negative ? -result : result;
    }
}
