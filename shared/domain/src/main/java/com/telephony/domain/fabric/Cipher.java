package com.telephony.domain.fabric;

/** SRTP ciphers a SIP endpoint may use, in the documented order (docs/signalwire/sip-endpoints.md). */
public enum Cipher {
    AEAD_AES_256_GCM_8,
    AES_256_CM_HMAC_SHA1_80,
    AES_CM_128_HMAC_SHA1_80,
    AES_256_CM_HMAC_SHA1_32,
    AES_CM_128_HMAC_SHA1_32
}
