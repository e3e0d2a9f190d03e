package com.telephony.http;

/**
 * Work a function does before a SnapStart snapshot, beside its edge's priming requests, to load and exercise code
 * that no read-only request reaches (the storage adapter's write path), without changing any stored state. Every
 * bean of this type in a function's context runs once, in the snapshot phase (docs/performance.md).
 */
public interface SnapshotPriming {
    /** Runs the priming; throws if it could not be done without changing state. */
    void prime();
}
