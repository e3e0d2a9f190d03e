package com.telephony.domain.fabric;

/** Codecs a SIP endpoint may use, in the documented order (docs/signalwire/sip-endpoints.md). */
public enum Codec {
    PCMU,
    PCMA,
    G722,
    G729,
    OPUS,
    VP8,
    H264
}
