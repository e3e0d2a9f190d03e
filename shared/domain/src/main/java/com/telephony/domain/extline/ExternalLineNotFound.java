package com.telephony.domain.extline;

/** The calling application has no line with this number; the wire message names the number. */
public final class ExternalLineNotFound extends ExternalLineError {
    private final String number;

    public ExternalLineNotFound(String number) {
        super("external line not found");
        this.number = number;
    }

    public String number() {
        return number;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.notFound(this);
    }
}
