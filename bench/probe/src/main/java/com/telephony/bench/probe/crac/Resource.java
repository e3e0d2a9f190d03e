package com.telephony.bench.probe.crac;

/** Shape of a CRaC resource as {@code org.crac}'s compat loader expects it (Lambda's own package has the same). */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
