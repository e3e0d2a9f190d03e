package com.telephony.domain.limits;

/** The portal's request bucket is full: the request is refused before anything runs. */
public final class QueryLimitExceeded extends RequestLimitError {
    public QueryLimitExceeded() {
        super("request bucket full");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.queryLimitExceeded(this);
    }
}
