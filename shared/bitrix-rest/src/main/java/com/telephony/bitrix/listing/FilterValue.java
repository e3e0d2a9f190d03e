package com.telephony.bitrix.listing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A FILTER value as sent: one scalar, or an array of scalars (an "in" list for {@code =}). Elements are text or
 * {@code null} (JSON null); the edge turns numbers and booleans into text as PHP does.
 */
public record FilterValue(List<String> elements, boolean array) {
    public FilterValue {
        elements = Collections.unmodifiableList(new ArrayList<>(elements));
        if (!array && elements.size() != 1) {
            throw new IllegalArgumentException("a scalar filter value has exactly one element");
        }
    }

    public static FilterValue scalar(String value) {
        return new FilterValue(Collections.singletonList(value), false);
    }

    public static FilterValue array(List<String> values) {
        return new FilterValue(values, true);
    }
}
