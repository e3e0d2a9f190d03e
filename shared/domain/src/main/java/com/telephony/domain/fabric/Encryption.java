package com.telephony.domain.fabric;

/** Media encryption policy of a SIP endpoint; there is no "disabled" (docs/signalwire/sip-endpoints.md). */
public enum Encryption {
    REQUIRED,
    OPTIONAL,
    DEFAULT
}
