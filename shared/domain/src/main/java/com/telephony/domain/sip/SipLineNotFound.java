package com.telephony.domain.sip;

/** No line with this CONFIG_ID among the caller's own lines (other applications' lines are invisible). */
public final class SipLineNotFound extends SipLineError {
    public SipLineNotFound() {
        super("SIP line not found");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.lineNotFound(this);
    }
}
