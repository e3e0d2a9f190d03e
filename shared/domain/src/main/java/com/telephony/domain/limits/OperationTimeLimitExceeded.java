package com.telephony.domain.limits;

/** The portal already spent more than its budget of execution time in this method within the window. */
public final class OperationTimeLimitExceeded extends RequestLimitError {
    private final String method;

    public OperationTimeLimitExceeded(String method) {
        super("operating limit reached for " + method);
        this.method = method;
    }

    public String method() {
        return method;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.operationTimeLimitExceeded(this);
    }
}
