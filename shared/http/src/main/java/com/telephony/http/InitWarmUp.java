package com.telephony.http;

/**
 * Set-up a function's storage adapter can do on a second thread while the function's init builds its bean context
 * on the first: loading and initializing the classes of a client the context is about to build, which the handler's
 * init would otherwise do after the context, on the same thread (docs/performance.md, "third pass: init on two
 * threads", and what Lambda gives init there, "On Lambda").
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
