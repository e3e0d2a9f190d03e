package com.telephony.localapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway HTTP API route selection: the most specific route wins, a literal segment beating a
 * {@code {variable}}, which beats a greedy {@code {proxy+}}; {@code $default} catches what nothing else does.
 * Matching is case-sensitive, as in API Gateway.
 */
final class RouteTable<T> {
    record Match<T>(T target, String routeKey, Map<String, String> pathParameters) {
    }

    private record Entry<T>(String method, String path, String[] segments, T target) {
        boolean greedy() {
            return segments.length > 0 && segments[segments.length - 1].endsWith("+}");
        }

        /** Higher is more specific: literal segments first, then variables, greedy last. */
        int[] rank() {
            int literals = 0;
            for (String segment : segments) {
                if (!segment.startsWith("{")) {
                    literals++;
                }
            }
            return new int[]{greedy() ? 0 : 1, literals, segments.length, method.equals("ANY") ? 0 : 1};
        }
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private T defaultTarget;

    void add(String method, String path, T target) {
        if (path.equals("$default")) {
            defaultTarget = target;
            return;
        }
        entries.add(new Entry<>(method, path, split(path), target));
        entries.sort(Comparator.comparing((Entry<T> e) -> e.rank(), RouteTable::compareRanks).reversed());
    }

    Optional<Match<T>> match(String method, String path) {
        String[] request = split(path);
        for (Entry<T> entry : entries) {
            if (!entry.method.equals("ANY") && !entry.method.equalsIgnoreCase(method)) {
                continue;
            }
            Map<String, String> parameters = matchSegments(entry, request);
            if (parameters != null) {
                return Optional.of(new Match<>(entry.target, entry.method + " " + entry.path, parameters));
            }
        }
        return Optional.ofNullable(defaultTarget).map(target -> new Match<>(target, "$default", Map.of()));
    }

    private static Map<String, String> matchSegments(Entry<?> entry, String[] request) {
        String[] route = entry.segments;
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < route.length; i++) {
            String segment = route[i];
            if (segment.endsWith("+}")) {
                if (i >= request.length) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(request, i, request.length)));
                return parameters;
            }
            if (i >= request.length) {
                return null;
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (request[i].isEmpty()) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 1), request[i]);
            } else if (!segment.equals(request[i])) {
                return null;
            }
        }
        return route.length == request.length ? parameters : null;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static int compareRanks(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
