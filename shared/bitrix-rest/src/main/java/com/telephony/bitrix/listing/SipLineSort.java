package com.telephony.bitrix.listing;

import com.telephony.domain.sip.SipLine;

import java.util.Comparator;
import java.util.Locale;

/**
 * SORT and ORDER of sip.get (docs/bitrix24/sip-lines.md, "SORT, ORDER, paging"). Lines without a value come first ascending and last descending, as in
 * MySQL; ties keep CONFIG_ID order.
 */
public record SipLineSort(SipLineField field, boolean descending) {
    /** Bitrix24's natural order: by creation, which is CONFIG_ID order. */
    public static final Comparator<SipLine> NATURAL = Comparator.comparingLong(SipLine::configId);

    /**
     * ORDER: {@code ASC} or {@code DESC} in any letter case (the ORM uppercases it).
     *
     * @throws InvalidSortDirection for anything else
     */
    public static boolean descending(String direction) {
        String upper = direction.toUpperCase(Locale.ROOT);
        if (!upper.equals("ASC") && !upper.equals("DESC")) {
            throw new InvalidSortDirection();
        }
        return upper.equals("DESC");
    }

    /**
     * SORT: any filterable field, matched case-insensitively.
     *
     * @throws UnknownSipLineField if it names none
     */
    public static SipLineField field(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SipLineField.named(upper).orElseThrow(() -> new UnknownSipLineField(upper));
    }

    public Comparator<SipLine> comparator() {
        Comparator<SipLine> ascending = (a, b) -> {
            Object x = field.valueOf(a);
            Object y = field.valueOf(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : -1) : 1;
            }
            return Collation.compareValues(field, x, y);
        };
        return (descending ? ascending.reversed() : ascending).thenComparing(NATURAL);
    }
}
