package com.telephony.bench.probe.crac;

/** A CRaC context: the probe has one, the global one. */
public abstract class Context<R extends Resource> implements Resource {
    public abstract void register(R resource);
}
