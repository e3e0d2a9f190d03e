package com.telephony.domain.fabric;

/**
 * What happens to calls the endpoint places (the outbound policy): the project's SIP profile decides, PSTN allowed,
 * PSTN blocked, or a resource of the project runs the call ({@link SipEndpointSettings#callingHandlerResourceId()}).
 */
public enum CallHandler {
    DEFAULT,
    PASSTHROUGH,
    BLOCK_PSTN,
    RESOURCE
}
