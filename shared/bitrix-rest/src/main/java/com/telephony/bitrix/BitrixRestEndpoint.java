package com.telephony.bitrix;

import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.bitrix.params.Params;
import com.telephony.bitrix.listing.SipLineQueryError;
import com.telephony.domain.DomainException;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.AuthenticationFailed;
import com.telephony.domain.tenancy.Caller;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import io.micronaut.context.BeanContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
    private static final System.Logger LOG = System.getLogger(BitrixRestEndpoint.class.getName());
    /** No webhook can have this code (real ones are [a-z0-9]), so priming ends in a lookup and a 401. */
    static final String PRIMING_WEBHOOK_CODE = "snapstart-priming";

    private final MethodRegistry registry;
    private final ParamDecoder decoder;
    private final Authenticator authenticator;
    private final Envelope envelope;
    private final Clock clock;

    public BitrixRestEndpoint(MethodRegistry registry, ParamDecoder decoder, Authenticator authenticator,
                              Envelope envelope, Clock clock) {
        this.registry = registry;
        this.decoder = decoder;
        this.authenticator = authenticator;
        this.envelope = envelope;
        this.clock = clock;
    }

    /** The endpoint of a function that serves exactly these methods, wired from the function's bean context. */
    @SafeVarargs
    public static BitrixRestEndpoint serving(BeanContext beans, Class<? extends BitrixMethod>... methods) {
        List<BitrixMethod> served = Arrays.stream(methods).<BitrixMethod>map(beans::getBean).toList();
        return new BitrixRestEndpoint(new MethodRegistry(served), beans.getBean(ParamDecoder.class),
                beans.getBean(Authenticator.class), beans.getBean(Envelope.class), beans.getBean(Clock.class));
    }

    /** The endpoint that serves every method on the classpath (the catch-all route). */
    public static BitrixRestEndpoint servingAll(BeanContext beans) {
        return new BitrixRestEndpoint(new MethodRegistry(List.copyOf(beans.getBeansOfType(BitrixMethod.class))),
                beans.getBean(ParamDecoder.class), beans.getBean(Authenticator.class), beans.getBean(Envelope.class),
                beans.getBean(Clock.class));
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

    @Override
    public HttpResponse handle(HttpRequest request) {
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

            Map<String, Object> raw = decoder.decode(request);
            Object token = raw.remove("auth");
            int start = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Params.intval(raw.remove("start"))));
            Caller caller = authenticate(route, token);
            authorize(spec, caller);

            Params params = new Params(raw, start);
            Instant methodStart = clock.instant();
            MethodResult result = method.invoke(caller, spec.upperCaseKeys() ? params.withUpperCaseKeys() : params);
            return envelope.success(result, format, caller.portal().zone(), requestStart, methodStart, clock.instant());
        } catch (BitrixError error) {
            return envelope.error(error, format);
        } catch (SipLineQueryError error) {
            return envelope.error(error.toBitrixError(), format);
        } catch (DomainException error) {
            Optional<BitrixError> mapped = BitrixErrors.map(error, spec);
            if (mapped.isPresent()) {
                return envelope.error(mapped.get(), format);
            }
            LOG.log(System.Logger.Level.ERROR, "unmapped domain error in " + (spec == null ? request.path() : spec.name()), error);
            return envelope.error(BitrixError.internal(), format);
        } catch (RuntimeException unexpected) {
            // Only the method name and the exception: parameters may hold SIP passwords.
            LOG.log(System.Logger.Level.ERROR,
                    "unexpected failure in " + (spec == null ? request.path() : spec.name()), unexpected);
            return envelope.error(BitrixError.internal(), format);
        }
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

    /** Scope first, then application context, then the user's telephony permission (docs/bitrix24/rest-conventions.md, "Check order"). */
    private static void authorize(MethodSpec spec, Caller caller) {
        if (!caller.hasScope(spec.scope())) {
            throw BitrixError.insufficientScope();
        }
        switch (spec.access()) {
            case APPLICATIONS_ANY_USER -> {
                if (!caller.inApplicationContext()) {
                    throw BitrixError.wrongAuthType();
                }
            }
            case LINE_MANAGERS -> {
                if (!caller.user().mayModifyLines()) {
                    throw BitrixError.accessDenied();
                }
            }
        }
    }
}
