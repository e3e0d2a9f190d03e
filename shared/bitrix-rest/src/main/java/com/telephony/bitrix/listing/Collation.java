package com.telephony.bitrix.listing;

import com.telephony.bitrix.params.Params;

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
            return Long.compare((Long) actual, Params.intval(value));
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
}
