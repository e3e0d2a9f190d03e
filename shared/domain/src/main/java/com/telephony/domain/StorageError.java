package com.telephony.domain;

/**
 * The store could not do what a use case asked, for a reason outside the business rules: nothing was written and
 * a retry by the client can succeed (docs/operations.md). Sealed, and every edge implements {@link Handler}, so each
 * says once how a temporary failure looks on its wire.
 */
public abstract sealed class StorageError extends DomainException permits StorageUnavailable, ConcurrentAllocation {
    /** One mapping method per error: the compiler checks that an edge maps them all. */
    public interface Handler<R> {
        R storageUnavailable(StorageUnavailable error);
        R concurrentAllocation(ConcurrentAllocation error);
    }

    protected StorageError(String message) {
        super(message);
    }

    /** Calls the handler's method for this error. */
    public abstract <R> R handledBy(Handler<R> handler);
}
