package com.telephony.signalwire;

import com.telephony.domain.DomainException;
import com.telephony.domain.StorageUnavailable;
import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectCaller;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.RehearsalCallers;
import com.telephony.http.RequestFacts;
import com.telephony.http.Json;
import io.micronaut.context.BeanContext;
import io.micronaut.json.tree.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SignalWire Fabric edge, written once for every operation: route → authenticate → decode → run → encode.
 * One instance serves exactly one operation (one Lambda function). Check order: a request this operation does not
 * serve is 404 before any auth; then 401; then a malformed body 400 (docs/signalwire/errors.md, "Check order"); then the operation's own 404
 * or 422. Never throws: every failure becomes its documented body, and nothing internal leaks.
 */
public final class FabricEndpoint implements HttpEndpoint {
    /** A host (name, IPv4 or bracketed IPv6) with an optional port; anything else cannot go into a link. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:\\d{1,5})?");

    private static final String PRIMING_PROJECT_ID = "00000000-0000-0000-0000-000000000000";
    private static final String PRIMING_ENDPOINT_ID = "00000000-0000-7000-8000-000000000000";

    private final FabricOperation operation;
    private final ProjectAuthenticator authenticator;
    private final Json json;
    private final FabricResponses responses;

    public FabricEndpoint(FabricOperation operation, ProjectAuthenticator authenticator, Json json,
                          FabricResponses responses) {
        this.operation = operation;
        this.authenticator = authenticator;
        this.json = json;
        this.responses = responses;
    }

    /** The endpoint of a function that serves exactly this operation, wired from the function's bean context. */
    public static FabricEndpoint serving(BeanContext beans, Class<? extends FabricOperation> operation) {
        return new FabricEndpoint(beans.getBean(operation), beans.getBean(ProjectAuthenticator.class),
                beans.getBean(Json.class), beans.getBean(FabricResponses.class));
    }

    /**
     * One request through this operation's whole path: the route, Basic auth, and the token lookup in DynamoDB,
     * which fails (no project holds this token), so nothing is ever written. Sent before a SnapStart snapshot.
     */
    @Override
    public List<HttpRequest> primingRequests() {
        OperationSpec spec = operation.spec();
        String path = FabricRoute.COLLECTION_PATH
                + (spec.target() == FabricRoute.Target.ITEM ? "/" + PRIMING_ENDPOINT_ID : "");
        String credentials = Base64.getEncoder().encodeToString(
                (PRIMING_PROJECT_ID + ":snapstart-priming").getBytes(StandardCharsets.UTF_8));
        return List.of(new HttpRequest(spec.method(), path, "",
                Headers.of(Map.of("authorization", "Basic " + credentials, "content-type", "application/json")),
                "{}".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * This operation on the rehearsal project's collection, or on the round's own endpoint for an operation on one
     * resource, when the operation has a rehearsal body.
     */
    @Override
    public List<HttpRequest> rehearsalRequests(RehearsalCallers callers, int round) {
        OperationSpec spec = operation.spec();
        String path = spec.target() == FabricRoute.Target.ITEM
                ? FabricRoute.COLLECTION_PATH + "/" + callers.fabricEndpointIds().get(round)
                : FabricRoute.COLLECTION_PATH;
        return operation.rehearsalBody(round)
                .map(body -> List.of(new HttpRequest(spec.method(), path, "",
                        Headers.of(Map.of("authorization", callers.fabricAuthorization(),
                                "content-type", "application/json", "host", "rehearsal.invalid")),
                        body.getBytes(StandardCharsets.UTF_8))))
                .orElse(List.of());
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        return handle(request, new RequestFacts());
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestFacts facts) {
        OperationSpec spec = operation.spec();
        facts.operation(spec.operationId());
        try {
            FabricRoute route = FabricRoute.parse(request.path())
                    .filter(parsed -> parsed.target() == spec.target())
                    .filter(parsed -> spec.method().equalsIgnoreCase(request.method()))
                    .orElseThrow(FabricError::notFound);
            BasicCredentials credentials = BasicCredentials.parse(request.headers().first("Authorization"));
            ProjectCaller caller = authenticator.authenticate(credentials.projectId(), credentials.token());
            facts.tenant(RequestFacts.TenantKind.PROJECT, caller.projectId());
            JsonNode body = spec.readsBody() ? objectBody(request) : null;
            FabricRequest decoded = new FabricRequest(route.id(), QueryParameters.parse(request.rawQuery()), body,
                    origin(request) + route.collectionPath());
            return responses.result(operation.invoke(caller, decoded));
        } catch (FabricError error) {
            return failed(error, facts);
        } catch (DomainException error) {
            if (error instanceof StorageUnavailable unavailable) {
                facts.storageFault(unavailable.getMessage());
            }
            Optional<FabricError> mapped = FabricErrors.map(error);
            if (mapped.isEmpty()) {
                // a defect: logged once, in this request's record
                facts.unexpected(error);
            }
            return failed(mapped.orElseGet(FabricError::internal), facts);
        } catch (RuntimeException unexpected) {
            // Logged once, by the handler, in this request's record: the exception, never the body (it may hold a
            // SIP password).
            facts.unexpected(unexpected);
            return failed(FabricError.internal(), facts);
        }
    }

    private HttpResponse failed(FabricError error, RequestFacts facts) {
        facts.errorCode(error.logCode());
        return responses.error(error);
    }

    /** JSON with any charset, or no content type at all if the body parses; it must be a JSON object. */
    private JsonNode objectBody(HttpRequest request) {
        String mediaType = request.headers().mediaType();
        if (!mediaType.isEmpty() && !mediaType.equals("application/json")) {
            throw FabricError.badRequest();
        }
        return json.parse(request.body()).filter(JsonNode::isObject).orElseThrow(FabricError::badRequest);
    }

    /**
     * Scheme and host the client used: API Gateway sets {@code X-Forwarded-Proto} and always serves HTTPS, so that
     * is the default; an unusable Host header falls back to {@code localhost} rather than into a link.
     */
    private static String origin(HttpRequest request) {
        String scheme = request.headers().first("X-Forwarded-Proto")
                .map(value -> value.split(",")[0].trim().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("http") || value.equals("https"))
                .orElse("https");
        String host = request.headers().first("Host").map(String::trim)
                .filter(value -> HOST.matcher(value).matches())
                .orElse("localhost");
        return scheme + "://" + host;
    }
}
