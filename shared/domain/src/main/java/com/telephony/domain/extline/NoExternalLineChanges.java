package com.telephony.domain.extline;

/** An update gave neither NAME nor CRM_AUTO_CREATE. */
public final class NoExternalLineChanges extends ExternalLineError {
    public NoExternalLineChanges() {
        super("no external line fields to update");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.noChanges(this);
    }
}
