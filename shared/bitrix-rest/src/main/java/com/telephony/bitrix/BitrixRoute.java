package com.telephony.bitrix;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two URL forms (docs/bitrix24/rest-conventions.md, "URL forms"): {@code /rest/{userId}/{webhookCode}/{method}} and {@code /rest/{method}}, with an
 * optional {@code .json}/{@code .xml} suffix and one trailing slash ignored. Anything before {@code /rest/} (an API
 * Gateway stage, say) is ignored.
 *
 * @param methodKey the method name lowercased, suffix removed
 */
public record BitrixRoute(String methodKey, Envelope.Format format, Optional<WebhookPath> webhook) {
    /** The user id and secret code of a webhook URL, as sent (the user id may be malformed: auth decides). */
    public record WebhookPath(String userId, String code) {
        @Override
        public String toString() {
            return "WebhookPath[userId=" + userId + ", code=***]";
        }
    }

    public static Optional<BitrixRoute> parse(String path) {
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        int rest = segments.indexOf("rest");
        if (rest < 0) {
            return Optional.empty();
        }
        List<String> tail = new ArrayList<>(segments.subList(rest + 1, segments.size()));
        if (!tail.isEmpty() && tail.get(tail.size() - 1).isEmpty()) {
            tail.remove(tail.size() - 1);
        }
        if (tail.size() != 1 && tail.size() != 3) {
            return Optional.empty();
        }
        String method = decode(tail.get(tail.size() - 1)).toLowerCase(Locale.ROOT);
        Envelope.Format format = Envelope.Format.JSON;
        if (method.endsWith(".json")) {
            method = method.substring(0, method.length() - ".json".length());
        } else if (method.endsWith(".xml")) {
            method = method.substring(0, method.length() - ".xml".length());
            format = Envelope.Format.XML;
        }
        if (method.isEmpty()) {
            return Optional.empty();
        }
        Optional<WebhookPath> webhook = tail.size() == 3
                ? Optional.of(new WebhookPath(decode(tail.get(0)), decode(tail.get(1))))
                : Optional.empty();
        return Optional.of(new BitrixRoute(method, format, webhook));
    }

    /** The format to answer in when routing itself fails: XML if the path asks for it. */
    public static Envelope.Format formatOf(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        // on every request: no regular expression, no lowercased copy of the path
        return path.regionMatches(true, end - ".xml".length(), ".xml", 0, ".xml".length())
                ? Envelope.Format.XML : Envelope.Format.JSON;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
