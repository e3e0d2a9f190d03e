package com.telephony.domain.fabric;

/**
 * What happens to calls the endpoint places (the outbound policy, contract §4): the project's SIP profile decides,
 * PSTN allowed, PSTN blocked, or a Fabric resource ({@code calling_handler_resource_id}) runs the call.
 */
public enum CallHandler implements WireValue {
    DEFAULT("default"),
    PASSTHROUGH("passthrough"),
    BLOCK_PSTN("block-pstn"),
    RESOURCE("resource");

    private final String wireName;

    CallHandler(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
