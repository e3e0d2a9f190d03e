package com.telephony.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One {@code infra/events/<module>.json} file: the API Gateway event every function has for {@code sam local invoke}. */
record EventFile(String module, Path path, String text, String requestLine) {

    static List<EventFile> all(Path eventsDir) {
        List<EventFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(eventsDir)) {
            for (Path path : paths.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".json") && !name.equals("env.json")) {
                    files.add(load(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + eventsDir, e);
        }
        return files;
    }

    static EventFile load(Path path) {
        try {
            String text = Files.readString(path);
            String name = path.getFileName().toString();
            return new EventFile(name.substring(0, name.length() - ".json".length()), path, text, requestLine(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** {@code "POST /rest/1/localdevwebhook/voximplant.sip.add"}: what scenarios match on. */
    @SuppressWarnings("unchecked")
    static String requestLine(String eventText) {
        Map<String, Object> event = JsonIo.readObject(eventText);
        Map<String, Object> context = (Map<String, Object>) event.getOrDefault("requestContext", Map.of());
        Map<String, Object> http = (Map<String, Object>) context.getOrDefault("http", Map.of());
        return http.getOrDefault("method", "GET") + " " + event.getOrDefault("rawPath", "/");
    }

    /**
     * EventsIT's order, so every file works as written on a fresh table: creating events first, deleting ones
     * last, everything else between.
     */
    int phase() {
        if (module.endsWith("-add") || module.endsWith("-create")) {
            return 0;
        }
        return module.endsWith("-delete") ? 2 : 1;
    }
}
