package com.telephony.domain;

/**
 * The identifiers a use case read for a new item were claimed by a concurrent add before its write: nothing was
 * written, and the use case reads fresh identifiers and tries again. Never reaches an edge unless that keeps
 * happening.
 */
public final class ConcurrentAllocation extends StorageError {
    public ConcurrentAllocation() {
        super("identifiers taken by a concurrent add");
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.concurrentAllocation(this);
    }
}
