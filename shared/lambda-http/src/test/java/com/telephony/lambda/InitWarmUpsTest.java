package com.telephony.lambda;

import com.telephony.http.InitWarmUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitWarmUpsTest {
    /** Where the recording warm-up ran: the thread's name and whether it was a daemon. */
    static final List<String> RAN_ON = new CopyOnWriteArrayList<>();

    public static final class Failing implements InitWarmUp {
        @Override
        public void run() {
            throw new IllegalStateException("no client here");
        }
    }

    public static final class Recording implements InitWarmUp {
        @Override
        public void run() {
            Thread thread = Thread.currentThread();
            RAN_ON.add(thread.getName() + (thread.isDaemon() ? " (daemon)" : ""));
        }
    }

    @Test
    void runsTheArtifactsWarmUpsOnADaemonThreadAndAFailingOneDoesNotStopTheNext(@TempDir Path root) throws Exception {
        Path services = root.resolve("META-INF/services/" + InitWarmUp.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Failing.class.getName() + "\n" + Recording.class.getName() + "\n");
        RAN_ON.clear();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            InitWarmUps warmUps = InitWarmUps.start(loader, 2);
            assertTrue(warmUps.finish(), "finish waits for the warm-up: none of it runs into the first request");
        }
        assertEquals(List.of(InitWarmUps.THREAD_NAME + " (daemon)"), RAN_ON);
    }

    @Test
    void withOneCpuThereIsNothingToOverlapAndNoWarmUpRuns(@TempDir Path root) throws Exception {
        Path services = root.resolve("META-INF/services/" + InitWarmUp.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Recording.class.getName() + "\n");
        RAN_ON.clear();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            InitWarmUps warmUps = InitWarmUps.start(loader, 1);
            assertFalse(warmUps.started());
            assertTrue(warmUps.finish());
        }
        assertEquals(List.of(), RAN_ON);
    }

    @Test
    void aBrokenServicesEntryEndsTheWarmUpQuietly(@TempDir Path root) throws Exception {
        Path services = root.resolve("META-INF/services/" + InitWarmUp.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.telephony.lambda.NoSuchWarmUp\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            assertTrue(InitWarmUps.start(loader, 2).finish());
        }
    }

    @Test
    void withoutWarmUpsTheThreadEndsAtOnce() throws Exception {
        assertTrue(InitWarmUps.start(new URLClassLoader(new URL[0], null), 2).finish());
    }
}
