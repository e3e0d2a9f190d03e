package com.telephony.bitrix;

import java.time.format.DateTimeFormatter;

/** The date formats Bitrix24 answers with, as PHP's {@code date()} writes them. */
public final class PhpDates {
    /** PHP {@code date('c')}: the offset is always {@code +00:00} style, never {@code Z}. */
    public static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    /** PHP {@code date('Y-m-d H:i:s')}: no {@code T}, no zone (sip.status's LAST_UPDATED). */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PhpDates() {
    }
}
