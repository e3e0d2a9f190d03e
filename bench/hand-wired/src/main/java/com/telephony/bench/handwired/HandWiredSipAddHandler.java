package com.telephony.bench.handwired;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.telephony.bitrix.BitrixRestEndpoint;
import com.telephony.bitrix.BitrixWiring;
import com.telephony.bitrix.Envelope;
import com.telephony.bitrix.MethodRegistry;
import com.telephony.bitrix.methods.SipAddMethod;
import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.http.Json;
import com.telephony.lambda.EndpointInvocations;
import com.telephony.store.dynamodb.DynamoDbSipLineStore;
import com.telephony.store.dynamodb.DynamoDbTenancyStore;
import com.telephony.store.dynamodb.DynamoDbWiring;
import com.telephony.store.dynamodb.HandWiredStorage;
import com.telephony.store.dynamodb.TelephonyTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Bench only, never deployed: {@code voximplant.sip.add} exactly as the sip-add function serves it, but wired by
 * plain {@code new} instead of by Micronaut's {@code ApplicationContext}, to measure what that context costs the
 * function's cold start (the benchmark's row "hand-wired sip.add (no Micronaut context)", docs/performance.md).
 *
 * <p>The constructor builds the objects sip-add's context builds for {@code BitrixRestEndpoint.serving(beans,
 * SipAddMethod.class)}, once each, with the same configuration: the DynamoDB client and table through
 * {@code DynamoDbWiring}'s own factory methods, the limiter through {@code LimitsWiring}'s
 * ({@link HandWiredStorage}), the stores, {@code SipLineService} as {@code BitrixWiring} makes it,
 * {@code Authenticator}, {@code Json}, {@code ParamDecoder}, {@code Envelope} and {@code HttpWiring}'s clock. Each
 * request then takes {@code ApiGatewayHandler}'s own path ({@code EndpointInvocations}): event to request, the
 * edge, response to event, and the one JSON record line on standard output. What is left out is the context itself, and the
 * SnapStart hook (this variant registers none, so {@code --snapstart} runs measure it unprimed).
 */
public final class HandWiredSipAddHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {

    private final DynamoDbClient client;
    private final EndpointInvocations invocations;

    public HandWiredSipAddHandler() {
        // DynamoDbWiring: the @Value defaults are its own
        this.client = HandWiredStorage.client(
                property("telephony.dynamodb.endpoint", ""),
                property("telephony.dynamodb.region", ""),
                Long.parseLong(property("telephony.dynamodb.connect-timeout-ms",
                        String.valueOf(DynamoDbWiring.CONNECT_TIMEOUT_MS))),
                Long.parseLong(property("telephony.dynamodb.attempt-timeout-ms",
                        String.valueOf(DynamoDbWiring.ATTEMPT_TIMEOUT_MS))),
                Long.parseLong(property("telephony.dynamodb.call-timeout-ms",
                        String.valueOf(DynamoDbWiring.CALL_TIMEOUT_MS))),
                Integer.parseInt(property("telephony.dynamodb.max-attempts",
                        String.valueOf(DynamoDbWiring.MAX_ATTEMPTS))),
                bool(property("telephony.rehearsal", "false")));
        TelephonyTable table = HandWiredStorage.table(property("telephony.dynamodb.table", "telephony"),
                property("store", "dynamodb"));

        // BitrixWiring, HttpWiring and the @Singleton classes, in the order the context resolves them
        SipLineService lines = new SipLineService(new DynamoDbSipLineStore(client, table),
                BitrixWiring::incomingServer);
        SipAddMethod sipAdd = new SipAddMethod(lines);
        Json json = new Json();
        ParamDecoder decoder = new ParamDecoder(json);
        Clock clock = Clock.systemUTC();
        Authenticator authenticator = new Authenticator(new DynamoDbTenancyStore(client, table), clock);
        Envelope envelope = new Envelope(json);
        // LimitsWiring: its @Value defaults
        RequestLimiter limiter = HandWiredStorage.limiter(client, table,
                bool(property("telephony.limits.enabled", "true")),
                Integer.parseInt(property("telephony.limits.burst", "50")),
                Double.parseDouble(property("telephony.limits.drain-per-second", "2")),
                Double.parseDouble(property("telephony.limits.operating-seconds", "480")));

        // BitrixRestEndpoint.serving: one method, not composite, so sub-calls see the same registry
        MethodRegistry registry = new MethodRegistry(List.of(sipAdd));
        this.invocations = new EndpointInvocations(
                new BitrixRestEndpoint(registry, registry, decoder, authenticator, envelope, clock, limiter),
                getClass().getSimpleName());
    }

    /** What ApiGatewayHandler does with each invocation: the same code. */
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        return invocations.handle(event, lambdaContext);
    }

    /**
     * A property as the function's context resolves its {@code @Value}s: the system property if set (Micronaut's
     * system-property source outranks the environment's), else the environment variable named like it
     * ({@code telephony.dynamodb.connect-timeout-ms} → {@code TELEPHONY_DYNAMODB_CONNECT_TIMEOUT_MS}), else the
     * default written in the factory.
     */
    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        if (value != null) {
            return value;
        }
        value = System.getenv(name.toUpperCase(Locale.ENGLISH).replace('.', '_').replace('-', '_'));
        return value != null ? value : fallback;
    }

    /** Micronaut's string-to-boolean conversion: yes, y, on and true, in any case; anything else is false. */
    static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ENGLISH)) {
            case "yes", "y", "on", "true" -> true;
            default -> false;
        };
    }

    /** The context closes the client with itself; the probe closes the handler after the last call. */
    @Override
    public void close() {
        client.close();
    }
}
