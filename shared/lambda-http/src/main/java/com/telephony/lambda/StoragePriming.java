package com.telephony.lambda;

import com.telephony.domain.StorageUnavailable;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The part of SnapStart priming that runs against the function's real storage (read-only priming requests, writes
 * the storage refuses by condition), repeated for a number of rounds. One round loads and links that path; a
 * hundred make the JIT compile the AWS SDK's request pipeline (marshalling, signing, the HTTP exchange,
 * unmarshalling), which the rehearsal on in-memory stores never reaches: measured, a restored {@code sip.add}'s
 * first call went from 2.1× its warm p50 with one round to 1.6× with 100 and 1.5× with 200 (docs/performance.md).
 *
 * <p>The first round is strict: whatever it throws fails the snapshot, as before. Later rounds only buy speed, so
 * they stop, with one warning line, as soon as the storage is unavailable (throttled during a deploy that publishes
 * many functions at once, say) or a priming request answers differently than in the first round; the snapshot is
 * then taken with fewer rounds. Anything else they throw (a priming write that was applied) still fails it.
 */
final class StoragePriming {
    /** Property (or environment variable {@code TELEPHONY_SNAPSTART_PRIMING_ROUNDS}) setting the rounds. */
    static final String ROUNDS_PROPERTY = "telephony.snapstart.priming-rounds";
    static final int DEFAULT_ROUNDS = 100;

    private StoragePriming() {
    }

    /** What the rounds did: the first round's statuses, and how many rounds ran to the end. */
    record Result(List<Integer> statuses, int rounds) {
    }

    static Result run(Supplier<List<Integer>> round, int rounds) {
        List<Integer> first = round.get();
        int done = 1;
        try {
            while (done < rounds) {
                List<Integer> statuses = round.get();
                if (!statuses.equals(first)) {
                    warn(done, rounds, "a priming request answered " + statuses + " instead of " + first, null);
                    break;
                }
                done++;
            }
        } catch (StorageUnavailable unavailable) {
            warn(done, rounds, "the storage is unavailable", unavailable);
        }
        return new Result(first, done);
    }

    private static void warn(int done, int rounds, String why, Throwable failure) {
        JsonLine line = new JsonLine()
                .string("timestamp", Instant.now().toString())
                .string("level", "WARN")
                .string("message", "SnapStart priming stopped after " + done + " of " + rounds + " rounds: " + why)
                .string("service", RequestRecord.SERVICE);
        if (failure != null) {
            line.raw("exception", RequestRecord.exception(failure));
        }
        System.out.println(line.end());
    }
}
