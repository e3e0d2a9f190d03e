package com.telephony.testsupport.fuzz;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates API Gateway HTTP API (payload 2.0) events as a hostile or broken client would cause them: every part
 * of the event (method, path, query, headers, body, base64 flag) is sometimes right, sometimes wrong in a way
 * that has broken decoders before. A share of the events carry valid credentials and the right route, so the
 * hostile parts travel past authentication into decoding, validation and storage.
 */
final class HostileEvents {
    private static final List<String> HTTP_METHODS = List.of("POST", "POST", "POST", "GET", "GET", "PUT", "DELETE",
            "OPTIONS", "HEAD", "PATCH", "post", "", "G\u00e9T");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "APPLICATION/JSON", "application/json;charset=\"latin1\"", "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=UTF-8", "multipart/form-data; boundary=XyZ",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
            "text/plain", "application/xml", ";;;", "application/json; boundary=XyZ", "*/*", "\u00e9/\u00e9", "");
    private static final List<String> PATH_TRICKS = List.of("/../", "/./", "//", "%2e%2e/", "%2F", "%zz", "%",
            "%e2%82(", "\u00e2\u0082(", "\u00e9", "\ud800", "%00", "\u0000", "+", " ", "..", ";a=b", "?", "#x",
            "%2e%2e%2f%2e%2e%2f");

    private final HostileValues values;

    HostileEvents(HostileValues values) {
        this.values = values;
    }

    /** A Bitrix24 REST call aimed at one of the function's methods (or somewhere near it). */
    APIGatewayV2HTTPEvent bitrix(Target.Bitrix target) {
        String httpMethod = values.chance(0.7) ? values.pick(List.of("POST", "GET")) : values.pick(HTTP_METHODS);
        String method = values.pick(target.methods());
        String methodName = values.chance(0.8) ? method : values.pick(List.of(
                method.toUpperCase(java.util.Locale.ROOT), method + ".json", method + ".xml", method + "/",
                method + ".XML", "voximplant.sip.nothing", "", "batch", method + ".php", values.text()));
        String path = switch (values.random().nextInt(7)) {
            case 0, 1 -> target.webhookPath() + methodName;
            case 2, 6 -> "/rest/" + methodName;
            case 3 -> "/rest/" + values.pick(List.of("1", "0", "-1", "abc", "99999999999999999999", "1.5", ""))
                    + "/" + values.pick(List.of("wrongcode", "", "%zz", "a/b", values.text())) + "/" + methodName;
            case 4 -> values.pick(List.of("/rest", "/", "", "/rest/", "/api/fabric/resources/sip_endpoints"))
                    + methodName;
            default -> target.webhookPath() + methodName;
        };
        path = trick(path);
        List<String> query = new ArrayList<>();
        if (values.chance(0.5)) {
            query.add("auth=" + values.pick(List.of(target.token(), target.token(), "", "wrong", "%zz",
                    values.urlEncoded(values.text()))));
        }
        if (values.chance(0.15)) {
            query.add(values.pick(List.of("auth[]=", "auth[x]=", "AUTH=")) + target.token());
        }
        query.addAll(formPairs(target.fields()));
        Map<String, String> headers = commonHeaders();
        Body body = body(target.fields(), headers);
        return event(httpMethod, path, String.join("&", query), headers, body);
    }

    /** A SignalWire Fabric call aimed at this function's operation (or somewhere near it). */
    APIGatewayV2HTTPEvent fabric(Target.Fabric target) {
        String httpMethod = values.chance(0.75) ? target.httpMethod() : values.pick(HTTP_METHODS);
        String collection = "/api/fabric/resources/sip_endpoints";
        String path = switch (values.random().nextInt(5)) {
            case 0, 1 -> target.item() ? collection + "/" + values.pick(target.ids()) : collection;
            case 2 -> collection + "/" + values.pick(List.of(values.text(), "%zz", "..", "%2e%2e", "a/b",
                    "0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e", "00000000-0000-7000-8000-000000000000",
                    values.pick(target.ids()) + "/", values.pick(target.ids()).toUpperCase(java.util.Locale.ROOT)));
            case 3 -> values.pick(List.of("/stage", "", "/api", "/x/y")) + collection
                    + (target.item() ? "/" + values.pick(target.ids()) : "");
            default -> values.pick(List.of("/api/fabric/resources/sip_endpoint", "/api/fabric/resources",
                    "/rest/voximplant.sip.add", "/", ""));
        };
        path = trick(path);
        List<String> query = new ArrayList<>();
        int pairs = values.chance(0.6) ? 0 : values.between(1, 4);
        for (int i = 0; i < pairs; i++) {
            query.add(values.pick(List.of("page_size", "page_number", "page_token", "PAGE_SIZE", "page_size[]",
                    values.urlEncoded(values.text()))) + "=" + values.urlEncoded(values.text()));
        }
        Map<String, String> headers = commonHeaders();
        headers.put("x-forwarded-proto", values.pick(List.of("https", "http", "ftp", "https,http", "", "\u00e9")));
        if (values.chance(0.85)) {
            headers.put(values.pick(List.of("authorization", "Authorization", "AUTHORIZATION")), authorization(target));
        }
        Body body = body(target.fields(), headers);
        return event(httpMethod, path, String.join("&", query), headers, body);
    }

    private String authorization(Target.Fabric target) {
        return switch (values.random().nextInt(8)) {
            case 0, 1, 2 -> target.authorization();
            case 3 -> "Basic " + Base64.getEncoder().encodeToString(
                    (target.projectId() + ":" + values.text()).getBytes(StandardCharsets.UTF_8));
            case 4 -> "Basic " + Base64.getEncoder().encodeToString(randomBytes(values.between(0, 40)));
            case 5 -> values.pick(List.of("Basic", "Basic ", "Basic %%%", "Bearer x", "basic  " + "QQ==",
                    "Basic " + "A".repeat(9000), "Basic Og==", ""));
            case 6 -> target.authorization().toLowerCase(java.util.Locale.ROOT);
            default -> values.text();
        };
    }

    private Map<String, String> commonHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", values.chance(0.8) ? "api.example.test" : values.text());
        headers.put("user-agent", "fuzz");
        if (values.chance(0.1)) {
            headers.put(values.text(), values.text());
        }
        if (values.chance(0.1)) {
            headers.put("accept", values.pick(List.of("application/xml", "*/*", "text/html", values.text())));
        }
        return headers;
    }

    private String trick(String path) {
        if (!values.chance(0.2)) {
            return path;
        }
        int at = path.isEmpty() ? 0 : values.random().nextInt(path.length() + 1);
        String trick = values.chance(0.05) ? "a".repeat(values.between(1000, 9000)) : values.pick(PATH_TRICKS);
        return path.substring(0, at) + trick + path.substring(at);
    }

    private List<String> formPairs(List<String> fields) {
        List<String> pairs = new ArrayList<>();
        int count = values.chance(0.5) ? 0 : values.between(1, 6);
        for (int i = 0; i < count; i++) {
            pairs.add(values.urlEncoded(values.key(fields)) + "=" + values.urlEncoded(values.text()));
        }
        if (values.chance(0.03)) {
            for (int i = 0; i < 1500; i++) {
                pairs.add("v" + i + "=" + i);
            }
        }
        if (values.chance(0.05)) {
            pairs.add(values.pick(fields) + "[".repeat(values.between(60, 300)) + "=x");
        }
        if (values.chance(0.05)) {
            StringBuilder deep = new StringBuilder(values.pick(fields));
            for (int i = 0; i < values.between(60, 200); i++) {
                deep.append("[a]");
            }
            pairs.add(deep + "=x");
        }
        return pairs;
    }

    /** What a body is, and whether API Gateway would have base64-encoded it. */
    private record Body(String text, boolean base64) {
    }

    private Body body(List<String> fields, Map<String, String> headers) {
        String contentType = values.pick(CONTENT_TYPES);
        if (!contentType.isEmpty()) {
            headers.put(values.pick(List.of("content-type", "Content-Type", "CONTENT-TYPE")), contentType);
        }
        if (values.chance(0.05)) {
            headers.put("content-type", "application/json");
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        return switch (values.random().nextInt(16)) {
            case 14, 15 -> new Body(plausibleObject(fields), false);
            case 0 -> new Body(null, false);
            case 1 -> new Body("", values.chance(0.5));
            case 2, 3, 4, 5 -> new Body(values.jsonObject(fields, values.between(1, 8), 3), false);
            case 6 -> new Body(malformedJson(fields), false);
            case 7 -> new Body(deepJson(values.between(500, 3000)), false);
            case 8 -> perhapsEncoded(String.join("&", formPairs(fields)));
            case 9 -> perhapsEncoded(multipart(fields));
            case 10 -> new Body(Base64.getEncoder().encodeToString(invalidUtf8(fields)), true);
            case 11 -> new Body(values.pick(List.of("not base64!", "====", "QQ", "%%%")), true);
            case 12 -> new Body(hugeJson(fields), false);
            default -> new Body(values.jsonValue(fields, 2), false);
        };
    }

    /** Every field once, mostly with texts a real client sends: gets past validation, so hostile bits reach storage. */
    private String plausibleObject(List<String> fields) {
        StringBuilder object = new StringBuilder("{");
        for (String field : fields) {
            if (values.chance(0.3)) {
                continue;
            }
            String value = switch (field) {
                case "ciphers", "codecs" -> values.chance(0.7) ? "[" + HostileValues.jsonString(values.pick(
                        List.of("PCMU", "OPUS", "AEAD_AES_256_GCM_8"))) + "]" : values.jsonValue(fields, 1);
                case "CONFIG_ID", "REG_ID" -> values.chance(0.7) ? values.pick(List.of("1", "2", "3", "150001",
                        "\"1\"")) : values.jsonScalar();
                default -> values.chance(0.8) ? HostileValues.jsonString(values.chance(0.5) ? values.text()
                        : field.toLowerCase(java.util.Locale.ROOT) + "-" + values.between(0, 99999))
                        : values.jsonScalar();
            };
            object.append(object.length() > 1 ? "," : "").append(HostileValues.jsonString(field)).append(':')
                    .append(value);
        }
        return object.append('}').toString();
    }

    /** Forms and multipart as API Gateway passes them: base64-encoded (not text), or as text from a test client. */
    private Body perhapsEncoded(String text) {
        return values.chance(0.5)
                ? new Body(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)), true)
                : new Body(text, false);
    }

    private String malformedJson(List<String> fields) {
        String json = values.jsonObject(fields, values.between(1, 5), 2);
        return switch (values.random().nextInt(6)) {
            case 0 -> json.substring(0, values.random().nextInt(json.length()));
            case 1 -> json + values.pick(List.of("x", "{}", ",", " null", "\u0000"));
            case 2 -> json.replace(":", values.pick(List.of("=", "", "::")));
            case 3 -> "{'" + values.pick(fields) + "':1}";
            case 4 -> json.replace("\"", "");
            default -> values.randomCodePoints(values.between(1, 60));
        };
    }

    private static String deepJson(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String hugeJson(List<String> fields) {
        // Over the edges' 2 MiB body limit, or a single value far beyond every field limit
        int size = values.chance(0.3) ? 2 * 1024 * 1024 + 10 : values.between(10_000, 200_000);
        return "{" + HostileValues.jsonString(values.pick(fields)) + ":\"" + "w".repeat(size) + "\"}";
    }

    private String multipart(List<String> fields) {
        StringBuilder body = new StringBuilder();
        int parts = values.between(0, 4);
        for (int i = 0; i < parts; i++) {
            body.append("--XyZ\r\n").append("Content-Disposition: form-data; name=\"")
                    .append(values.key(fields)).append('"');
            if (values.chance(0.2)) {
                body.append("; filename=\"a.txt\"");
            }
            body.append(values.chance(0.8) ? "\r\n\r\n" : "\r\n").append(values.text()).append("\r\n");
        }
        if (values.chance(0.7)) {
            body.append("--XyZ--\r\n");
        }
        return body.toString();
    }

    private byte[] invalidUtf8(List<String> fields) {
        byte[] prefix = ("{\"" + values.pick(fields) + "\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] bad = values.pick(List.of(new byte[]{(byte) 0xE2, (byte) 0x82, '('}, new byte[]{(byte) 0xFF},
                new byte[]{(byte) 0xC0, (byte) 0xAE}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(bad, 0, all, prefix.length, bad.length);
        System.arraycopy(suffix, 0, all, prefix.length + bad.length, suffix.length);
        return values.chance(0.3) ? randomBytes(values.between(1, 200)) : all;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        values.random().nextBytes(bytes);
        return bytes;
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String rawQuery,
                                               Map<String, String> headers, Body body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery)
                .withHeaders(headers)
                .withBody(body.text())
                .withIsBase64Encoded(body.base64())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("fuzz").build())
                        .withStage("$default")
                        .withRequestId("fuzz-" + System.nanoTime())
                        .build())
                .build();
    }
}
