package com.telephony.lambda;

import com.telephony.domain.StorageUnavailable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real-storage priming's rounds: all of them when the storage answers, fewer (never a failed snapshot) when it is busy. */
class StoragePrimingTest {
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void runsEveryRoundAndReportsTheFirstRoundsStatuses() {
        StoragePriming.Result result = StoragePriming.run(() -> {
            calls.incrementAndGet();
            return List.of(401);
        }, 100);

        assertEquals(100, calls.get());
        assertEquals(new StoragePriming.Result(List.of(401), 100), result);
    }

    @Test
    void stopsWithOneWarningWhenTheStorageBecomesUnavailable() {
        String out = stdout(() -> {
            StoragePriming.Result result = StoragePriming.run(() -> {
                if (calls.incrementAndGet() == 4) {
                    throw new StorageUnavailable(StorageUnavailable.Kind.THROTTLED, "throttled");
                }
                return List.of(401);
            }, 100);
            assertEquals(3, result.rounds());
            assertEquals(List.of(401), result.statuses());
        });

        assertEquals(4, calls.get());
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("\"level\":\"WARN\"") && out.contains("stopped after 3 of 100 rounds")
                && out.contains(StorageUnavailable.class.getName()), out);
    }

    @Test
    void stopsWhenAPrimingRequestAnswersDifferentlyThanInTheFirstRound() {
        String out = stdout(() -> assertEquals(2, StoragePriming.run(
                () -> calls.incrementAndGet() == 3 ? List.of(503) : List.of(401), 100).rounds()));

        assertTrue(out.contains("answered [503] instead of [401]"), out);
    }

    @Test
    void theFirstRoundIsStrict() {
        StorageUnavailable unavailable = new StorageUnavailable(StorageUnavailable.Kind.THROTTLED, "throttled");
        assertSame(unavailable, assertThrows(StorageUnavailable.class, () -> StoragePriming.run(() -> {
            throw unavailable;
        }, 100)));
    }

    @Test
    void anythingButUnavailableStorageInALaterRoundFailsTheSnapshot() {
        assertThrows(IllegalStateException.class, () -> StoragePriming.run(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("a priming write was applied");
            }
            return List.of(401);
        }, 100));
    }

    @Test
    void oneRoundIsOneRound() {
        assertEquals(1, StoragePriming.run(() -> List.of(calls.incrementAndGet()), 1).rounds());
        assertEquals(1, calls.get());
    }

    private static String stdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
