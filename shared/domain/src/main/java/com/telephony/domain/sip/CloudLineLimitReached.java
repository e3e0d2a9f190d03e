package com.telephony.domain.sip;

/** The portal already has the maximum number of cloud lines (all applications counted). */
public final class CloudLineLimitReached extends SipLineError {
    private final int limit;

    public CloudLineLimitReached(int limit) {
        super("cloud line limit of " + limit + " reached");
        this.limit = limit;
    }

    /** The limit that was reached, so no edge has to know the number. */
    public int limit() {
        return limit;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.cloudLineLimitReached(this);
    }
}
