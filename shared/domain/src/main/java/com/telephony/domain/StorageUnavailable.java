package com.telephony.domain;

/**
 * The store could not answer for now (throttled, a conflicting transaction that would not clear, the service
 * failing or not answering) after its own retries; nothing was written. Edges answer their protocol's temporary
 * failure, and the client's retry can succeed.
 */
public final class StorageUnavailable extends StorageError {
    public enum Kind {
        /** Throughput or request-rate limits. */
        THROTTLED,
        /** A transaction conflict that outlasted the retries. */
        CONFLICT,
        /** The service failed (5xx), timed out, or the connection broke. */
        UNAVAILABLE
    }

    private final Kind kind;

    public StorageUnavailable(Kind kind, String cause) {
        super("storage unavailable (" + kind + "): " + cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.storageUnavailable(this);
    }
}
