package com.telephony.domain.fabric;

/** Codecs a SIP endpoint may use (contract §4, order as documented). */
public enum Codec implements WireValue {
    PCMU,
    PCMA,
    G722,
    G729,
    OPUS,
    VP8,
    H264;

    @Override
    public String wireName() {
        return name();
    }
}
