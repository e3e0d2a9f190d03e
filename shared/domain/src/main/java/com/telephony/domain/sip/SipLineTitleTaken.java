package com.telephony.domain.sip;

/** Another line of the portal (any application) already carries this title, compared trimmed and case-insensitively. */
public final class SipLineTitleTaken extends SipLineError {
    public SipLineTitleTaken() {
        super("title already in use in this portal");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.titleTaken(this);
    }
}
