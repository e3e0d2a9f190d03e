package com.telephony.domain.extline;

/** NUMBER was not given, or is empty once trimmed. */
public final class ExternalLineNumberEmpty extends ExternalLineError {
    public ExternalLineNumberEmpty() {
        super("external line number is empty");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.numberEmpty(this);
    }
}
