package com.telephony.bitrix;

import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.bitrix.params.Params;
import com.telephony.bitrix.listing.SipLineQueryError;
import com.telephony.domain.DomainException;
import com.telephony.domain.StorageUnavailable;
import com.telephony.domain.limits.Admission;
import com.telephony.domain.limits.RequestLimiter;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.AuthenticationFailed;
import com.telephony.domain.tenancy.Caller;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.http.RequestFacts;
import io.micronaut.context.BeanContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Bitrix24 REST edge, written once for every method: route → method lookup → decode → authenticate →
 * authorize → run → envelope. Check order as Bitrix24's (docs/bitrix24/rest-conventions.md, "Check order"): an unknown method is 404 before any auth.
 * Never throws: every failure becomes {@code {error, error_description}} with its status, and nothing internal leaks.
 */
public final class BitrixRestEndpoint implements HttpEndpoint {
    /** No webhook can have this code (real ones are [a-z0-9]), so priming ends in a lookup and a 401. */
    static final String PRIMING_WEBHOOK_CODE = "snapstart-priming";

    private final MethodRegistry registry;
    /** What a composite method ({@code batch}) may call: every method on the classpath; else the same registry. */
    private final MethodRegistry subCallRegistry;
    private final ParamDecoder decoder;
    private final Authenticator authenticator;
    private final Envelope envelope;
    private final Clock clock;
    private final RequestLimiter limiter;
    private final MethodRunner runner;

    public BitrixRestEndpoint(MethodRegistry registry, ParamDecoder decoder, Authenticator authenticator,
                              Envelope envelope, Clock clock) {
        this(registry, registry, decoder, authenticator, envelope, clock, RequestLimiter.none());
    }

    public BitrixRestEndpoint(MethodRegistry registry, MethodRegistry subCallRegistry, ParamDecoder decoder,
                              Authenticator authenticator, Envelope envelope, Clock clock, RequestLimiter limiter) {
        this.registry = registry;
        this.subCallRegistry = subCallRegistry;
        this.decoder = decoder;
        this.authenticator = authenticator;
        this.envelope = envelope;
        this.clock = clock;
        this.limiter = limiter;
        this.runner = new MethodRunner(clock);
    }

    /** The endpoint of a function that serves exactly these methods, wired from the function's bean context. */
    @SafeVarargs
    public static BitrixRestEndpoint serving(BeanContext beans, Class<? extends BitrixMethod>... methods) {
        List<BitrixMethod> served = Arrays.stream(methods).<BitrixMethod>map(beans::getBean).toList();
        MethodRegistry registry = new MethodRegistry(served);
        // Only a batch function builds every method: the others keep their cold start to their own method.
        MethodRegistry subCalls = served.stream().anyMatch(CompositeMethod.class::isInstance)
                ? new MethodRegistry(List.copyOf(beans.getBeansOfType(BitrixMethod.class))) : registry;
        return new BitrixRestEndpoint(registry, subCalls, beans.getBean(ParamDecoder.class),
                beans.getBean(Authenticator.class), beans.getBean(Envelope.class), beans.getBean(Clock.class),
                beans.getBean(RequestLimiter.class));
    }

    /** The endpoint that serves every method on the classpath (the catch-all route). */
    public static BitrixRestEndpoint servingAll(BeanContext beans) {
        MethodRegistry all = new MethodRegistry(List.copyOf(beans.getBeansOfType(BitrixMethod.class)));
        return new BitrixRestEndpoint(all, all, beans.getBean(ParamDecoder.class), beans.getBean(Authenticator.class),
                beans.getBean(Envelope.class), beans.getBean(Clock.class), beans.getBean(RequestLimiter.class));
    }

    public MethodRegistry registry() {
        return registry;
    }

    /**
     * A JSON call of a served method through a webhook that does not exist: routing, body decoding, the credential
     * lookup in DynamoDB and the error envelope all run, and nothing is written.
     */
    @Override
    public List<HttpRequest> primingRequests() {
        return registry.names().stream().limit(1)
                .map(method -> new HttpRequest("POST", "/rest/0/" + PRIMING_WEBHOOK_CODE + "/" + method, "",
                        Headers.of(Map.of("content-type", "application/json")),
                        "{}".getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /**
     * Each served method that has rehearsal parameters, called as Bitrix24 clients call it: JSON through the
     * webhook, or with the application's token as the body's {@code auth} key for application-only methods.
     */
    @Override
    public List<HttpRequest> rehearsalRequests(RehearsalCallers callers, int round) {
        List<HttpRequest> requests = new ArrayList<>();
        for (BitrixMethod method : registry.methods()) {
            method.rehearsalParams(round).ifPresent(params -> {
                boolean applicationOnly = method.spec().access() == MethodSpec.Access.APPLICATIONS_ANY_USER;
                String path = applicationOnly ? "/rest/" + method.spec().name()
                        : callers.bitrixWebhookPath() + method.spec().name();
                String body = applicationOnly ? withAuth(params, callers.bitrixAppToken()) : params;
                requests.add(new HttpRequest("POST", path, "", Headers.of(Map.of("content-type", "application/json")),
                        body.getBytes(StandardCharsets.UTF_8)));
            });
        }
        return requests;
    }

    /** The JSON object with {@code "auth": token} as its first key, as the SDKs send a token. */
    private static String withAuth(String jsonObject, String token) {
        String rest = jsonObject.strip().substring(1).strip();
        return "{\"auth\":\"" + token + "\"" + (rest.equals("}") ? "}" : "," + rest);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        return handle(request, new RequestFacts());
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestFacts facts) {
        Instant requestStart = clock.instant();
        Envelope.Format format = BitrixRoute.formatOf(request.path());
        MethodSpec spec = null;
        try {
            if ("OPTIONS".equalsIgnoreCase(request.method())) {
                return envelope.preflight();
            }
            BitrixRoute route = BitrixRoute.parse(request.path()).orElseThrow(BitrixError::methodNotFound);
            format = route.format();
            BitrixMethod method = registry.find(route.methodKey()).orElseThrow(BitrixError::methodNotFound);
            spec = method.spec();
            facts.operation(spec.name());

            Map<String, Object> raw = decoder.decode(request);
            Object token = raw.remove("auth");
            int start = startOf(raw);
            Caller caller = authenticate(route, token);
            facts.tenant(RequestFacts.TenantKind.PORTAL, caller.portal().id());
            // The bucket is the portal's, so it is checked once the portal is known (docs/limits.md).
            Admission admission = limiter.admit(caller.portalId(), requestStart);
            // Other portals' time this container could not store yet: still pending, but worth a line in the record.
            admission.storeFaults().forEach(facts::storageFault);
            try {
                MethodRunner.Outcome outcome = runner.run(method, caller, new Params(raw, start), admission,
                        subCalls(caller, admission, facts));
                Instant finish = outcome.finish();
                return envelope.success(outcome.result(), format, caller.portal().zone(), requestStart,
                        outcome.methodStart(), finish, admission.operating(spec.key(), finish),
                        admission.operatingResetAt(spec.key(), finish, requestStart.getEpochSecond()));
            } finally {
                // Kept pending in this container: the next admission stores it (docs/limits.md, "Round trips").
                limiter.settle(admission, clock.instant());
            }
        } catch (BitrixError error) {
            return failed(error, format, facts);
        } catch (SipLineQueryError error) {
            return failed(error.toBitrixError(), format, facts);
        } catch (DomainException error) {
            if (error instanceof StorageUnavailable unavailable) {
                facts.storageFault(unavailable.getMessage());
            }
            Optional<BitrixError> mapped = BitrixErrors.map(error, spec);
            if (mapped.isEmpty()) {
                // a defect: logged once, in this request's record
                facts.unexpected(error);
            }
            return failed(mapped.orElseGet(BitrixError::internal), format, facts);
        } catch (RuntimeException unexpected) {
            // Logged once, by the handler, in this request's record: the exception, never the parameters (they
            // may hold SIP passwords).
            facts.unexpected(unexpected);
            return failed(BitrixError.internal(), format, facts);
        }
    }

    private HttpResponse failed(BitrixError error, Envelope.Format format, RequestFacts facts) {
        facts.errorCode(error.code());
        return envelope.error(error, format);
    }

    private Caller authenticate(BitrixRoute route, Object token) {
        if (route.webhook().isPresent()) {
            BitrixRoute.WebhookPath webhook = route.webhook().get();
            long userId = parseUserId(webhook.userId());
            return authenticator.webhook(userId, webhook.code());
        }
        if (token instanceof String text && !text.isBlank()) {
            return authenticator.accessToken(text.trim());
        }
        throw BitrixError.noAuth();
    }

    private static long parseUserId(String userId) {
        if (userId.isEmpty() || userId.length() > 18 || !userId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AuthenticationFailed(AuthenticationFailed.Reason.INVALID_WEBHOOK);
        }
        return Long.parseLong(userId);
    }

    /**
     * Runs a composite method's sub-call as a direct call of that method would run, for the same caller and within
     * the same admission (a batch is one request in the bucket). Errors become the sub-call's wire error.
     */
    private SubCalls subCalls(Caller caller, Admission admission, RequestFacts facts) {
        return (methodName, params) -> {
            Instant start = clock.instant();
            MethodSpec subSpec = null;
            try {
                String key = methodName.toLowerCase(java.util.Locale.ROOT);
                if (key.endsWith(".json")) {
                    key = key.substring(0, key.length() - ".json".length());
                }
                BitrixMethod sub = subCallRegistry.find(key).orElseThrow(BitrixError::methodNotFound);
                if (sub instanceof CompositeMethod) {
                    throw BitrixError.notAllowedInBatch();
                }
                subSpec = sub.spec();
                Map<String, Object> raw = new java.util.LinkedHashMap<>(params);
                raw.remove("auth");
                int subStart = startOf(raw);
                MethodRunner.Outcome outcome = runner.run(sub, caller, new Params(raw, subStart), admission, null);
                return new SubCalls.SubCall(outcome.result(), null, start, outcome.methodStart(), outcome.finish());
            } catch (BitrixError error) {
                return failed(error, start);
            } catch (SipLineQueryError error) {
                return failed(error.toBitrixError(), start);
            } catch (DomainException error) {
                Optional<BitrixError> mapped = BitrixErrors.map(error, subSpec);
                if (mapped.isEmpty()) {
                    facts.unexpected(error); // a defect: in the batch request's one record
                }
                return failed(mapped.orElseGet(BitrixError::internal), start);
            } catch (RuntimeException unexpected) {
                facts.unexpected(unexpected); // in the batch request's one record, never its parameters
                return failed(BitrixError.internal(), start);
            }
        };
    }

    private SubCalls.SubCall failed(BitrixError error, Instant start) {
        Instant now = clock.instant();
        return new SubCalls.SubCall(null, error, start, now, now);
    }

    private static int startOf(Map<String, Object> raw) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Params.intval(raw.remove("start"))));
    }
}
