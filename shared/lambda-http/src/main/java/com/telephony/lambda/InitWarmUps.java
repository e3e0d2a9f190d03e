package com.telephony.lambda;

import com.telephony.http.InitWarmUp;

import java.time.Duration;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Runs the artifact's {@link InitWarmUp}s on one daemon thread, so they overlap the bean context's start on the
 * init thread (docs/performance.md, "third pass: init on two threads"). Looking them up happens on that thread too, so the
 * init thread pays only for starting it. With a single CPU there is nothing to overlap: no thread is started, and
 * the context builds everything itself, as it would without warm-ups.
 */
final class InitWarmUps {
    static final String THREAD_NAME = "init-warm-up";
    /** Far longer than the warm-up takes; bounded so that it can never hold init near Lambda's 10 s limit. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(3);

    /** The warm-up thread, or null when there was no second CPU to run it on. */
    private final Thread thread;

    private InitWarmUps(Thread thread) {
        this.thread = thread;
    }

    static InitWarmUps start(ClassLoader loader) {
        return start(loader, Runtime.getRuntime().availableProcessors());
    }

    static InitWarmUps start(ClassLoader loader, int processors) {
        return new InitWarmUps(processors < 2 ? null
                : Thread.ofPlatform().name(THREAD_NAME).daemon().start(() -> runAll(loader)));
    }

    boolean started() {
        return thread != null;
    }

    /**
     * Waits for the warm-up before the function is wired, so the init thread builds nothing the warm-up is still
     * initializing and none of it runs into the first request; true once it has ended.
     */
    boolean finish() {
        if (thread == null) {
            return true;
        }
        try {
            return thread.join(MAX_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void runAll(ClassLoader loader) {
        try {
            for (ServiceLoader.Provider<InitWarmUp> provider : ServiceLoader.load(InitWarmUp.class, loader).stream().toList()) {
                runOne(provider);
            }
        } catch (ServiceConfigurationError unreadable) {
            // A broken services entry is a packaging mistake the context's own wiring reports; warm-ups only save time.
        }
    }

    private static void runOne(ServiceLoader.Provider<InitWarmUp> provider) {
        try {
            provider.get().run();
        } catch (RuntimeException | ServiceConfigurationError ignored) {
            // A warm-up only saves the context work it does anyway: whatever failed here fails there too, on the
            // init thread, where it is reported once. The next warm-up still runs.
        }
    }
}
