package com.telephony.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads and initializes, before a SnapStart snapshot, the classes of the function's artifact that its first real
 * requests load: the list {@code bench/record-classes.sh} recorded from a real first call (what Powertools for AWS
 * Lambda calls class priming). Priming requests and write priming cannot reach everything a successful write loads
 * (the domain's success path, the item mapping, the answer's envelope); loaded classes are in the snapshot, so a
 * restored function does not load them on its first call. A name that no longer exists (the list is older than the
 * code) is skipped: a stale list costs time, never correctness.
 */
final class ClassPreloading {
    /** One binary class name per line; {@code #} starts a comment. */
    static final String RESOURCE = "META-INF/telephony/snapstart-classes.txt";

    private ClassPreloading() {
    }

    /** Loads every listed class through {@code loader}; returns how many were found. */
    static int preload(ClassLoader loader) {
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
                    Class.forName(name, true, loader);
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
