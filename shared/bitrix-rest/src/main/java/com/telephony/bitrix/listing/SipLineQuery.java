package com.telephony.bitrix.listing;

import com.telephony.domain.sip.SipLine;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * A sip.get call: filter, optional sort and the page offset ({@code start}; negative counts as 0, so Bitrix24's
 * "no count" {@code start=-1} is the first page with a real total, as sip.get answers it).
 */
public record SipLineQuery(SipLineFilter filter, Optional<SipLineSort> sort, long offset) {
    public SipLineQuery {
        offset = Math.max(0, offset);
    }

    /**
     * Sorting applies only when both SORT and ORDER are given (non-empty); one without the other is ignored.
     * Checks run in Bitrix24's order: ORDER, then FILTER keys in the order sent, then the SORT field.
     */
    public static SipLineQuery of(Map<String, FilterValue> filter, String sortField, String sortDirection, long start) {
        boolean sorted = sortField != null && !sortField.isEmpty() && sortDirection != null && !sortDirection.isEmpty();
        boolean descending = sorted && SipLineSort.descending(sortDirection);
        SipLineFilter parsed = SipLineFilter.parse(filter);
        Optional<SipLineSort> sort = sorted
                ? Optional.of(new SipLineSort(SipLineSort.field(sortField), descending))
                : Optional.empty();
        return new SipLineQuery(parsed, sort, start);
    }

    public Comparator<SipLine> order() {
        return sort.map(SipLineSort::comparator).orElse(SipLineSort.NATURAL);
    }
}
