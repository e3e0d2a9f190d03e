package com.telephony.bitrix;

import io.micronaut.json.tree.JsonNode;

/**
 * A method's answer before the envelope: {@code result}, and for list methods {@code total} and maybe {@code next}
 * (both JSON numbers).
 */
public record MethodResult(JsonNode result, Long next, Long total) {
    public static MethodResult of(JsonNode result) {
        return new MethodResult(result, null, null);
    }

    /** A page starting at {@code offset} with {@code size} rows out of {@code total} matches. */
    public static MethodResult page(JsonNode rows, long offset, int size, long total) {
        long end = offset + size;
        return new MethodResult(rows, end < total && size > 0 ? end : null, total);
    }
}
