package com.telephony.domain.extline;

/** The calling application already registered this number (other applications' numbers do not count). */
public final class ExternalLineExists extends ExternalLineError {
    public ExternalLineExists() {
        super("external line already exists");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.exists(this);
    }
}
