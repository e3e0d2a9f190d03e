package com.telephony.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassPreloadingTest {
    @Test
    void loadsTheListedClassesAndSkipsCommentsBlankLinesAndNamesThatNoLongerExist(@TempDir Path root) throws Exception {
        Path list = root.resolve(ClassPreloading.RESOURCE);
        Files.createDirectories(list.getParent());
        Files.writeString(list, """
                # recorded from a first call
                java.time.format.DateTimeFormatterBuilder

                com.telephony.lambda.ApiGatewayEvents
                com.telephony.lambda.RemovedSinceTheListWasRecorded
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                getClass().getClassLoader())) {
            assertEquals(2, ClassPreloading.preload(loader));
        }
    }

    @Test
    void duringInitTheClassesAreLoadedButTheirStaticInitializersWaitForTheirFirstUse(@TempDir Path root)
            throws Exception {
        Path list = root.resolve(ClassPreloading.RESOURCE);
        Files.createDirectories(list.getParent());
        Files.writeString(list, PreloadProbe.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                getClass().getClassLoader())) {
            assertEquals(1, ClassPreloading.preload(loader, false));
            assertFalse(PreloadProbeState.initialized, "loaded only: no static initializer ran");
            assertEquals(1, ClassPreloading.preload(loader));
            assertTrue(PreloadProbeState.initialized, "before a snapshot they are initialized too");
        }
    }

    @Test
    void withoutAListNothingIsLoaded(@TempDir Path root) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertEquals(0, ClassPreloading.preload(loader));
        }
    }
}
