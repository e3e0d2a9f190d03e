package com.telephony.localapi;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Run in a fresh JVM with only a function artifact (and this class) on the class path, as Lambda runs a function:
 * builds the handler, sends it {@code calls} POSTs to {@code path} (with an optional JSON body), and prints the
 * status, the time from JVM start to the first answer and the median of the later calls. {@link StoreArtifactsIT}
 * reads the JVM's class-loading log; the same probe gives the cold and warm figures in docs/performance.md.
 *
 * <pre>java -cp ARTIFACT:TEST-CLASSES com.telephony.localapi.HandlerProbe HANDLER PATH [CALLS] [BODY]</pre>
 */
public final class HandlerProbe {
    private HandlerProbe() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        String path = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String body = args.length > 3 ? args[3] : "{}";
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(handlerClass)
                        .getConstructor().newInstance();
        APIGatewayV2HTTPResponse first = handler.handleRequest(event(path, body), null);
        Duration cold = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), Instant.now());
        long[] warm = new long[Math.max(0, calls - 1)];
        for (int i = 0; i < warm.length; i++) {
            long started = System.nanoTime();
            handler.handleRequest(event(path, body), null);
            warm[i] = System.nanoTime() - started;
        }
        Arrays.sort(warm);
        System.out.println("[probe] status " + first.getStatusCode() + " first answer " + cold.toMillis()
                + " ms after JVM start" + (warm.length == 0 ? "" : String.format(", warm p50 %.2f ms over %d calls",
                warm[warm.length / 2] / 1e6, warm.length)));
        if (handler instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static APIGatewayV2HTTPEvent event(String path, String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("POST " + path).withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("content-type", "application/json")).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("probe")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath(path).build())
                        .build())
                .build();
    }
}
