package com.telephony.store.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs calls on separate threads released together, so they race on the same items, and collects what each one
 * returned or threw (a store's refusal is an outcome to count, not a test failure).
 */
public final class Race {
    /** What one racer got: its result, or the exception it threw. */
    public record Outcome<T>(T result, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }

        public boolean failedWith(Class<? extends Throwable> type) {
            return type.isInstance(failure);
        }
    }

    public interface Call<T> {
        T run(int index) throws Exception;
    }

    private Race() {
    }

    public static <T> List<Outcome<T>> run(int racers, Call<T> call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(), null));
                } catch (ExecutionException failed) {
                    outcomes.add(new Outcome<>(null, failed.getCause()));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many racers succeeded. */
    public static long successes(List<? extends Outcome<?>> outcomes) {
        return outcomes.stream().filter(Outcome::succeeded).count();
    }

    /** Every racer returned normally. */
    public static void assertNoFailures(List<? extends Outcome<?>> outcomes) {
        for (Outcome<?> outcome : outcomes) {
            if (!outcome.succeeded()) {
                throw new AssertionError("a racer failed with " + outcome.failure(), outcome.failure());
            }
        }
    }

    /**
     * Every racer either succeeded or failed with {@code expected}: anything else (a raw engine error, an
     * IllegalStateException from a half-applied write) breaks the contract.
     */
    public static void assertOnly(List<? extends Outcome<?>> outcomes, Class<? extends Throwable> expected) {
        for (Outcome<?> outcome : outcomes) {
            if (!outcome.succeeded() && !outcome.failedWith(expected)) {
                throw new AssertionError("a racer failed with " + outcome.failure() + ", expected success or "
                        + expected.getSimpleName(), outcome.failure());
            }
        }
    }
}
