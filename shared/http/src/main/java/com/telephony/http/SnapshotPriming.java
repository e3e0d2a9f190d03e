package com.telephony.http;

/**
 * Work a function does before a SnapStart snapshot, beside its edge's priming requests, to load and exercise code
 * that no read-only request reaches (the storage adapter's write path), without changing any stored state. Every
 * bean of this type in a function's context runs in every round of the snapshot phase's real-storage priming
 * (up to 100 rounds, lambda-http's StoragePriming; docs/performance.md), so each call must be repeatable.
 */
public interface SnapshotPriming {
    /**
     * Runs the priming once; throws if it could not be done without changing state, or the domain's
     * {@code StorageUnavailable} if the storage is busy (which ends the later rounds, not the snapshot).
     */
    void prime();
}
