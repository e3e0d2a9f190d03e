package com.telephony.domain.sip;

/** Identifiers allocated for a new line: the record id, the telephony config id and, for cloud lines, the REG_ID. */
public record SipLineIds(long id, long configId, Long regId) {
}
