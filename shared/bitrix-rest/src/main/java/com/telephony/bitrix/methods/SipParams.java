package com.telephony.bitrix.methods;

import com.telephony.domain.sip.SipLineDraft;
import com.telephony.bitrix.params.Params;
import com.telephony.bitrix.listing.FilterValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the voximplant.sip.* methods read their parameters beyond plain strings: ids, FILTER, SORT/ORDER. */
final class SipParams {
    private SipParams() {
    }

    /**
     * The line fields of sip.add and sip.update: only TYPE, TITLE, SERVER, LOGIN and PASSWORD are read; anything
     * else is ignored, as Bitrix24 does. sip.update reads TYPE too: Bitrix24 validates it there, though it never
     * changes the line's type.
     */
    static SipLineDraft draft(Params params) {
        return new SipLineDraft(
                params.string("TYPE").orElse(null),
                params.string("TITLE").orElse(null),
                params.string("SERVER").orElse(null),
                params.string("LOGIN").orElse(null),
                params.string("PASSWORD").orElse(null));
    }

    /**
     * An integer id such as CONFIG_ID or REG_ID, read with PHP's {@code intval} as Bitrix24 does ({@code "5"},
     * {@code 5} and {@code "5abc"} are 5). Absent, garbage or an array is 0, which no line has.
     */
    static long id(Params params, String key) {
        Object value = params.raw(key);
        return value instanceof String text ? Params.intval(text) : 0;
    }

    /**
     * FILTER with its keys uppercased (sip.* read FILTER keys case-insensitively; a later duplicate wins, as with
     * PHP's array_change_key_case). A list where an object belongs keeps its indexes as keys ("0", "1", …), which
     * name no field. A scalar FILTER is no filter, as Bitrix24 ignores a FILTER that is not an array.
     */
    static Map<String, FilterValue> filter(Params params) {
        Object raw = params.raw("FILTER");
        Map<String, Object> entries = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> entries.put(key.toString().toUpperCase(Locale.ROOT), value));
        } else if (raw instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entries.put(Integer.toString(i), list.get(i));
            }
        }
        Map<String, FilterValue> filter = new LinkedHashMap<>();
        entries.forEach((key, value) -> filter.put(key, filterValue(value)));
        return filter;
    }

    /**
     * SORT or ORDER, or {@code null} when PHP would find it false ({@code if ($sort && $order)}): absent, empty,
     * {@code "0"}, or not a string.
     */
    static String truthyString(Params params, String key) {
        Object value = params.raw(key);
        return value instanceof String text && !text.isEmpty() && !text.equals("0") ? text : null;
    }

    private static FilterValue filterValue(Object value) {
        if (!Params.isArray(value)) {
            return FilterValue.scalar(scalar(value));
        }
        List<String> elements = new ArrayList<>();
        for (Object element : Params.elements(value)) {
            elements.add(scalar(element));
        }
        return FilterValue.array(elements);
    }

    /** Text, JSON null, or a nested array, which PHP turns into the string "Array" (and which then matches nothing useful). */
    private static String scalar(Object value) {
        if (value == null) {
            return null;
        }
        return Params.isArray(value) ? "Array" : value.toString();
    }
}
