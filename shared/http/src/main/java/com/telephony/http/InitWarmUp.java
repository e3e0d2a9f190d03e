package com.telephony.http;

/**
 * Set-up a function's storage adapter can do on a second thread while the function's init builds its bean context
 * on the first: loading and initializing the classes of a client the context is about to build. Lambda's init
 * phase runs with burst CPU on two vCPUs, and the handler's init otherwise does these two things one after the
 * other (docs/performance.md, "Init on two threads").
 *
 * <p>Found with {@link java.util.ServiceLoader} (a {@code META-INF/services} entry), because it must start before
 * the context, and run by lambda-http's handler on one daemon thread. It must not read or write stored state, must
 * not call the network, and must be harmless to run more than once or not at all: the context builds everything it
 * needs itself; a warm-up only means it finds the work done.
 */
public interface InitWarmUp {
    /** Runs the warm-up; failures are the implementation's to swallow (the context's own set-up reports them). */
    void run();
}
