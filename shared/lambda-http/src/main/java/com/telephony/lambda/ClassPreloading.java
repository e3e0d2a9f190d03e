package com.telephony.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes of the function's artifact, and of the JDK, that its cold start and first real requests load:
 * the list {@code bench/record-classes.sh} recorded from a real first call (what Powertools for AWS Lambda calls
 * class priming). Two uses (docs/performance.md):
 * <ul>
 *   <li>during every init, on the init thread while the warm-up thread builds the storage client, <em>without</em>
 *   initializing them: both threads then share the class loading, and the first request finds its classes loaded;
 *   </li>
 *   <li>before a SnapStart snapshot, loaded <em>and</em> initialized: priming requests and write priming cannot
 *   reach everything a successful write loads (the domain's success path, the item mapping, the answer's
 *   envelope), and a restored function then does not load or initialize them on its first call.</li>
 * </ul>
 * A name that no longer exists (the list is older than the code) is skipped: a stale list costs time, never
 * correctness.
 */
final class ClassPreloading {
    /** One binary class name per line; {@code #} starts a comment. */
    static final String RESOURCE = "META-INF/telephony/cold-start-classes.txt";

    private ClassPreloading() {
    }

    /** Loads and initializes every listed class through {@code loader}; returns how many were found. */
    static int preload(ClassLoader loader) {
        return preload(loader, true);
    }

    /**
     * Loads every listed class through {@code loader}, and initializes them only when asked: during init the warm-up
     * thread may be initializing some of them, and static initializers run on two threads at once could wait for
     * each other.
     */
    static int preload(ClassLoader loader, boolean initialize) {
        InputStream list = loader.getResourceAsStream(RESOURCE);
        if (list == null) {
            return 0;
        }
        int loaded = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, initialize, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError stale) {
                    // recorded from another build of the artifact: nothing to load
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return loaded;
    }
}
