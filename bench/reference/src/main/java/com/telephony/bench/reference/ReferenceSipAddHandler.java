package com.telephony.bench.reference;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code voximplant.sip.add} written by hand, as small as a Java Lambda function gets: no framework, the low-level
 * DynamoDB client with the URL-connection HTTP client, the SDK's own JSON parser, answers built with a
 * {@link StringBuilder}. It makes the DynamoDB calls the real function made when it was written (issue 7: three
 * strongly consistent reads to authenticate the webhook, the id allocation, one transaction with the same guards
 * and the same line item) and answers the same envelope, so the benchmark can report every function as a multiple
 * of it. Kept unchanged since, so figures stay comparable: it lacks the REST limits' admission call (issue 13) and
 * the request record (issue 14) that every function now has. Bench only: never deployed, and deliberately without
 * the edge's full rules (no XML, no OAuth, no PHP bracket parsing).
 */
public final class ReferenceSipAddHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Pattern PATH = Pattern.compile("^/rest/(\\d{1,18})/([^/]+)/voximplant\\.sip\\.add(?:\\.json)?/?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter PHP_DATE_C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final int MAX_CLOUD_LINES = 10;
    private static final long REG_ID_BASE = 150_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DynamoDbClient dynamo;
    private final String table;
    private final JsonFactory json = new JsonFactory();

    public ReferenceSipAddHandler() {
        String endpoint = env("TELEPHONY_DYNAMODB_ENDPOINT", "");
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(env("TELEPHONY_DYNAMODB_REGION", env("AWS_REGION", "us-east-1"))));
        if (endpoint.isBlank()) {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        } else {
            builder.endpointOverride(URI.create(endpoint))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        this.dynamo = builder.build();
        this.table = env("TELEPHONY_DYNAMODB_TABLE", "telephony");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Instant start = Instant.now();
        Matcher path = PATH.matcher(event.getRawPath() == null ? "" : event.getRawPath());
        if (!path.matches()) {
            return error(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }
        long userId = Long.parseLong(path.group(1));

        Map<String, AttributeValue> webhook = get("WEBHOOK#" + sha256(path.group(2)), "WEBHOOK");
        if (webhook == null || Long.parseLong(webhook.get("userId").n()) != userId) {
            return error(401, "INVALID_CREDENTIALS", "Invalid request credentials");
        }
        String portalId = webhook.get("portalId").s();
        Map<String, AttributeValue> portal = get("PORTAL#" + portalId, "PORTAL");
        Map<String, AttributeValue> user = get("PORTAL#" + portalId, "USER#" + userId);
        if (portal == null || user == null) {
            return error(401, "INVALID_CREDENTIALS", "Invalid request credentials");
        }
        if (webhook.get("scopes").l().stream().noneMatch(scope -> "telephony".equals(scope.s()))) {
            return error(403, "insufficient_scope", "The request requires higher privileges than provided by the webhook token");
        }
        AttributeValue mayModify = user.get("canModifyLines");
        if (mayModify == null || !Boolean.TRUE.equals(mayModify.bool())) {
            return error(403, "ACCESS_DENIED", "Access denied!");
        }

        Map<String, String> params = params(event);
        String type = params.getOrDefault("TYPE", "cloud").trim().toLowerCase(Locale.ROOT);
        String server = SCHEME.matcher(params.getOrDefault("SERVER", "").trim()).replaceFirst("").trim();
        String login = params.getOrDefault("LOGIN", "").trim();
        String password = params.getOrDefault("PASSWORD", "").trim();
        String title = params.getOrDefault("TITLE", "").trim();
        List<String> errors = new ArrayList<>();
        if (!type.equals("cloud") && !type.equals("office")) {
            errors.add("Unknown PBX type");
        }
        if (server.isEmpty()) {
            errors.add("Server address not specified");
        } else if (server.length() > 100) {
            errors.add("Server address cannot exceed 100 characters");
        }
        if (login.isEmpty()) {
            errors.add("Login for connecting to the server not specified");
        } else if (login.length() > 100) {
            errors.add("Login for connecting to the server cannot exceed 100 characters");
        }
        if (!errors.isEmpty()) {
            return error(400, "CHECK_FIELDS_ERROR", String.join("; ", errors));
        }
        boolean cloud = type.equals("cloud");

        Instant methodStart = Instant.now();
        String portalKey = "PORTAL#" + portalId;
        Map<String, AttributeValue> ids = dynamo.updateItem(request -> request
                .tableName(table)
                .key(key(portalKey, "SEQ#SIP"))
                .updateExpression(cloud ? "ADD lineId :one, configId :one, regId :one" : "ADD lineId :one, configId :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        long id = Long.parseLong(ids.get("lineId").n());
        long configId = Long.parseLong(ids.get("configId").n());
        Long regId = cloud ? REG_ID_BASE + Long.parseLong(ids.get("regId").n()) : null;
        String slug = portal.get("slug").s();
        String incomingServer = cloud ? null : "ip." + slug + ".bitrixphone.com";
        String incomingLogin = cloud ? null : "sip" + configId;
        String incomingPassword = cloud ? null : randomHex(16);

        List<TransactWriteItem> items = new ArrayList<>();
        Map<String, AttributeValue> pointer = new HashMap<>();
        pointer.put("appId", AttributeValue.fromS(""));
        pointer.put("configId", AttributeValue.fromN(Long.toString(configId)));
        if (cloud) {
            items.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(table)
                    .key(key(portalKey, "COUNT#CLOUD"))
                    .updateExpression("ADD cloudLines :one")
                    .conditionExpression("attribute_not_exists(cloudLines) OR cloudLines < :limit")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":limit", AttributeValue.fromN(Integer.toString(MAX_CLOUD_LINES))))
                    .build()).build());
            items.add(putIfAbsent(with(key(portalKey, "REG#" + regId), pointer)));
        }
        if (!title.isEmpty()) {
            items.add(putIfAbsent(with(key(portalKey, "TITLE#" + title.toLowerCase(Locale.ROOT)), pointer)));
        }
        Map<String, AttributeValue> line = key("PORTAL#" + portalId + "#APP#", String.format("SIP#%012d", configId));
        line.put("portalId", AttributeValue.fromS(portalId));
        line.put("appId", AttributeValue.fromS(""));
        line.put("id", AttributeValue.fromN(Long.toString(id)));
        line.put("configId", AttributeValue.fromN(Long.toString(configId)));
        line.put("type", AttributeValue.fromS(type));
        if (regId != null) {
            line.put("regId", AttributeValue.fromN(Long.toString(regId)));
        }
        line.put("title", AttributeValue.fromS(title));
        line.put("server", AttributeValue.fromS(server));
        line.put("login", AttributeValue.fromS(login));
        line.put("password", AttributeValue.fromS(password));
        if (!cloud) {
            line.put("incomingServer", AttributeValue.fromS(incomingServer));
            line.put("incomingLogin", AttributeValue.fromS(incomingLogin));
            line.put("incomingPassword", AttributeValue.fromS(incomingPassword));
            line.put("registrationStatusCode", AttributeValue.fromN("0"));
        }
        line.put("detectLineNumber", AttributeValue.fromS("N"));
        line.put("lineDetectHeaderOrder", AttributeValue.fromS("diversion;to"));
        items.add(putIfAbsent(line));
        try {
            dynamo.transactWriteItems(request -> request.transactItems(items));
        } catch (TransactionCanceledException cancelled) {
            return error(400, "ERROR_CORE", "Could not add the line");
        }

        StringBuilder result = new StringBuilder("{");
        field(result, "ID", Long.toString(id));
        field(result, "TYPE", type);
        field(result, "CONFIG_ID", Long.toString(configId));
        if (cloud) {
            result.append(",\"REG_ID\":").append(regId);
            field(result, "TITLE", title);
        }
        field(result, "SERVER", server);
        field(result, "LOGIN", login);
        field(result, "PASSWORD", password);
        if (!cloud) {
            field(result, "INCOMING_SERVER", incomingServer);
            field(result, "INCOMING_LOGIN", incomingLogin);
            field(result, "INCOMING_PASSWORD", incomingPassword);
        }
        field(result, "AUTH_USER", null);
        field(result, "OUTBOUND_PROXY", null);
        field(result, "DETECT_LINE_NUMBER", "N");
        field(result, "LINE_DETECT_HEADER_ORDER", "diversion;to");
        field(result, "REGISTRATION_STATUS_CODE", null);
        field(result, "REGISTRATION_ERROR_MESSAGE", null);
        field(result, "TITLE", title);
        result.append('}');
        return success(result, ZoneId.of(portal.get("zone").s()), start, methodStart, Instant.now());
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table).key(key(pk, sk))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .build()).build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put("pk", AttributeValue.fromS(pk));
        key.put("sk", AttributeValue.fromS(sk));
        return key;
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> item, Map<String, AttributeValue> more) {
        item.putAll(more);
        return item;
    }

    /** The JSON body's top-level string fields, or the form body's fields. */
    private Map<String, String> params(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        if (event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        Map<String, String> params = new HashMap<>();
        String contentType = event.getHeaders() == null ? "" : event.getHeaders().getOrDefault("content-type", "");
        if (contentType.startsWith("application/json")) {
            try (JsonParser parser = json.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return params;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    JsonToken value = parser.nextToken();
                    if (value.isScalarValue()) {
                        params.put(name, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (IOException malformed) {
                params.clear();
            }
        } else {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static APIGatewayV2HTTPResponse success(CharSequence result, ZoneId zone, Instant start, Instant methodStart,
                                                    Instant finish) {
        double finishSeconds = finish.getEpochSecond() + finish.getNano() / 1e9;
        String body = "{\"result\":" + result
                + ",\"time\":{\"start\":" + start.getEpochSecond()
                + ",\"finish\":" + finishSeconds
                + ",\"duration\":" + (finishSeconds - start.getEpochSecond())
                + ",\"processing\":" + (finish.getEpochSecond() - methodStart.getEpochSecond())
                + ",\"date_start\":\"" + PHP_DATE_C.format(start.atZone(zone))
                + "\",\"date_finish\":\"" + PHP_DATE_C.format(finish.atZone(zone))
                + "\",\"operating_reset_at\":" + (start.getEpochSecond() + 600)
                + ",\"operating\":" + (finishSeconds - (methodStart.getEpochSecond() + methodStart.getNano() / 1e9))
                + "}}";
        return respond(200, body);
    }

    private static APIGatewayV2HTTPResponse error(int status, String code, String description) {
        StringBuilder body = new StringBuilder("{");
        field(body, "error", code);
        field(body, "error_description", description);
        return respond(status, body.append('}').toString());
    }

    private static APIGatewayV2HTTPResponse respond(int status, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8",
                        "Access-Control-Allow-Origin", "*"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append('"').append(name).append("\":");
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
