package com.telephony.domain.sip;

/** Identifiers allocated for a new line: the record id, the telephony config id and, for cloud lines, the REG_ID. */
public record SipLineIds(long id, long configId, Long regId) {
    /** REG_IDs look like Voximplant's (six digits and up): every store counts them from just above this base. */
    public static final long REG_ID_BASE = 150_000;
}
