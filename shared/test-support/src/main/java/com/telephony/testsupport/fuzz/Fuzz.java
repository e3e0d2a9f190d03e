package com.telephony.testsupport.fuzz;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.lambda.context.InvocationContext;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.LogCapture;
import com.telephony.testsupport.RequestLogs;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestExternalLines;
import com.telephony.testsupport.TestLines;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The fuzz test every function runs: a fixed number of generated hostile API Gateway events through the function's
 * real handler, on the real engine, each answer checked by {@link AnswerCheck}. Fixed seed and bounded count, so
 * {@code ./mvnw verify} is repeatable; {@code -Dfuzz.requests=N} runs longer and {@code -Dfuzz.seed=S} explores
 * other inputs (docs/operations.md). A failure names the seed, the request's index and the request.
 */
public final class Fuzz {
    /** Requests per function in a normal build: 16 functions × 320 = 5,120. */
    public static final int DEFAULT_REQUESTS = 320;
    public static final long DEFAULT_SEED = 14;
    private static final int FAILURES_SHOWN = 5;

    private Fuzz() {
    }

    /** Requests per function: {@code fuzz.requests}, else {@value #DEFAULT_REQUESTS}. */
    public static int requests() {
        return Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    }

    public static long seed() {
        return Long.getLong("fuzz.seed", DEFAULT_SEED);
    }

    /** The fields a Bitrix24 method reads; the fuzzer uses them (in any case, with brackets) as parameter names. */
    public static final List<String> BITRIX_FIELDS = List.of("TYPE", "TITLE", "SERVER", "LOGIN", "PASSWORD",
            "CONFIG_ID", "REG_ID", "NUMBER", "NAME", "CRM_AUTO_CREATE", "FILTER", "SORT", "ORDER", "start", "auth");
    public static final List<String> FABRIC_FIELDS = List.of("username", "password", "caller_id", "send_as",
            "ciphers", "codecs", "encryption", "call_handler", "calling_handler_resource_id", "id", "type");

    /**
     * Fuzzes a Bitrix24 function in a fresh portal that already has lines (cloud and office, through the webhook)
     * and an external line of the application whose token the fuzzer uses.
     */
    public static Report bitrix(Supplier<? extends ApiGatewayHandler> handlers, String function, String... methods) {
        TestEnvironment.get(); // the table and the properties that point handlers at it, before the handler starts
        try (ApiGatewayHandler handler = handlers.get()) {
            return bitrix(handler, function, methods);
        }
    }

    /** The same through any handler, already started (the fuzzer's own tests use broken ones). */
    public static Report bitrix(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                String function, String... methods) {
        TestPortal portal = TestEnvironment.get().newPortal();
        String linePassword = "Fz-LinePass-" + UUID.randomUUID();
        TestLines.add(portal, TestPortal.As.WEBHOOK, new SipLineDraft("cloud", "Fuzz cloud", "sip.example.com",
                "user", linePassword));
        TestLines.add(portal, TestPortal.As.WEBHOOK, new SipLineDraft("office", "Fuzz office", "pbx.example.com",
                "office", linePassword));
        TestLines.add(portal, TestPortal.As.APP_A, new SipLineDraft("cloud", "Fuzz app line", "sip.example.com",
                "user", linePassword));
        TestExternalLines.add(portal.tokenA(), "14151234567", "Fuzz", "N");
        List<String> secrets = List.of(webhookCode(portal.webhookPath()), webhookCode(portal.otherWebhookPath()),
                webhookCode(portal.noPermissionWebhookPath()), webhookCode(portal.noScopeWebhookPath()),
                portal.tokenA(), portal.tokenB(), portal.noPermissionTokenA(), portal.expiredTokenA(), linePassword,
                HostileValues.SIP_PASSWORD);
        Target.Bitrix target = new Target.Bitrix(function, List.of(methods), portal.webhookPath(), portal.tokenA(),
                BITRIX_FIELDS, secrets);
        return run(handler, target, (events, i) -> events.bitrix(target), (event, response) -> AnswerCheck.bitrix(
                response.getStatusCode(), headers(response), body(response),
                event.getRawPath() != null && event.getRawPath().toLowerCase(java.util.Locale.ROOT).contains(".xml")));
    }

    /** Fuzzes a SignalWire Fabric operation in a fresh project that already holds two endpoints. */
    public static Report fabric(Supplier<? extends ApiGatewayHandler> handlers, String function, String httpMethod,
                                boolean item) {
        TestEnvironment.get(); // the table and the properties that point handlers at it, before the handler starts
        try (ApiGatewayHandler handler = handlers.get()) {
            return fabric(handler, function, httpMethod, item);
        }
    }

    /** The same through any handler, already started. */
    public static Report fabric(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                String function, String httpMethod, boolean item) {
        TestEnvironment env = TestEnvironment.get();
        TestProject project = env.newProject();
        List<String> ids = new ArrayList<>();
        String endpointPassword = "Fz-EndpointPass-" + UUID.randomUUID();
        for (String username : List.of("fuzz-one", "fuzz-two")) {
            ids.add(env.sipEndpoints().create(project.caller(), EndpointFields.of(username, endpointPassword)).id());
        }
        ids.add("0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e");
        List<String> secrets = List.of(project.token(), project.authorization().substring("Basic ".length()),
                endpointPassword, HostileValues.SIP_PASSWORD);
        Target.Fabric target = new Target.Fabric(function, httpMethod, item, project.projectId(),
                project.authorization(), ids, FABRIC_FIELDS, secrets);
        return run(handler, target, (events, i) -> events.fabric(target), (event, response) ->
                AnswerCheck.fabric(response.getStatusCode(), headers(response), body(response)));
    }

    /** What a run saw: how many requests, and how many answers of each status. */
    public record Report(String function, long seed, int requests, Map<Integer, Integer> statuses) {
        @Override
        public String toString() {
            return "[fuzz] " + function + ": " + requests + " hostile requests, seed " + seed + ", statuses " + statuses;
        }
    }

    interface Generator {
        APIGatewayV2HTTPEvent next(HostileEvents events, int index);
    }

    interface Check {
        Optional<String> problem(APIGatewayV2HTTPEvent event, APIGatewayV2HTTPResponse response);
    }

    private static Report run(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, Target target,
                             Generator generator, Check check) {
        long seed = seed() * 31 + target.function().hashCode();
        HostileEvents events = new HostileEvents(new HostileValues(new Random(seed)));
        int requests = requests();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> requestIds = new ArrayList<>();
        int failed = 0;
        LogCapture logs = LogCapture.start();
        try (logs) {
            for (int i = 0; i < requests; i++) {
                String requestId = "fuzz-" + i + "-" + UUID.randomUUID();
                requestIds.add(requestId);
                if (send(handler, target, generator.next(events, i), check, requestId, i, statuses, failures)) {
                    failed++;
                }
            }
        }
        Report report = new Report(target.function(), seed(), requests, statuses);
        System.out.println(report);
        if (failed > 0) {
            throw new AssertionError(target.function() + ": " + failed + " of " + requests
                    + " hostile requests got a bad answer (seed " + seed() + ", -Dfuzz.seed to change, -Dfuzz.requests="
                    + requests + " to reproduce)\n" + String.join("\n", failures));
        }
        checkLogs(target, logs, requestIds);
        return report;
    }

    /** Exactly one record per request, each a valid EMF document, and none of the run's secrets anywhere. */
    private static void checkLogs(Target target, LogCapture logs, List<String> requestIds) {
        List<JsonNode> records = RequestLogs.records(logs.lines());
        List<String> problems = new ArrayList<>(RequestLogs.oneRecordPerRequest(records, requestIds));
        for (JsonNode record : records) {
            RequestLogs.emfProblems(record).forEach(problem -> problems.add("EMF: " + problem));
        }
        RequestLogs.leakedSecrets(logs.text(), target.secrets())
                .forEach(secret -> problems.add("a secret is in the output: " + secret.substring(0, 4) + "…"));
        if (!problems.isEmpty()) {
            throw new AssertionError(target.function() + ": " + problems.size() + " problems in the logs, first: "
                    + problems.subList(0, Math.min(5, problems.size())));
        }
    }

    /** One request; true if its answer was bad (described in {@code failures}, up to a few). */
    private static boolean send(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                Target target, APIGatewayV2HTTPEvent event, Check check, String requestId, int index,
                                Map<Integer, Integer> statuses, List<String> failures) {
        Optional<String> problem;
        try {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event,
                    new InvocationContext(target.function(), requestId, "test", System.out));
            statuses.merge(response.getStatusCode(), 1, Integer::sum);
            problem = check.problem(event, response).map(what -> what + "\n  answer: "
                    + response.getStatusCode() + " " + cut(body(response)));
        } catch (Throwable thrown) {
            problem = Optional.of("the handler threw " + thrown);
        }
        if (problem.isPresent() && failures.size() < FAILURES_SHOWN) {
            failures.add("request #" + index + ": " + problem.get() + "\n  request: " + describe(event));
        }
        return problem.isPresent();
    }

    private static String webhookCode(String webhookPath) {
        String[] segments = webhookPath.split("/");
        return segments[3];
    }

    private static Map<String, String> headers(APIGatewayV2HTTPResponse response) {
        return response.getHeaders() == null ? Map.of() : response.getHeaders();
    }

    private static String body(APIGatewayV2HTTPResponse response) {
        return response.getBody() == null ? "" : response.getBody();
    }

    private static String describe(APIGatewayV2HTTPEvent event) {
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? "?"
                : event.getRequestContext().getHttp().getMethod();
        return method + " " + cut(event.getRawPath()) + "?" + cut(event.getRawQueryString()) + " headers "
                + cut(String.valueOf(event.getHeaders())) + (event.getIsBase64Encoded() ? " base64 body " : " body ")
                + cut(event.getBody());
    }

    private static String cut(String text) {
        if (text == null) {
            return "null";
        }
        String printable = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", "?");
        return printable.length() > 300 ? printable.substring(0, 300) + "…(" + text.length() + " chars)" : printable;
    }
}
