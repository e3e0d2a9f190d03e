package com.telephony.bitrix.oauth;

import com.telephony.bitrix.params.ParamDecoder;
import com.telephony.domain.tenancy.InvalidOAuthClient;
import com.telephony.domain.tenancy.InvalidOAuthGrant;
import com.telephony.domain.tenancy.OAuthError;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.http.Headers;
import com.telephony.http.HttpEndpoint;
import com.telephony.http.HttpRequest;
import com.telephony.http.HttpResponse;
import com.telephony.http.Json;
import io.micronaut.context.BeanContext;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bitrix24's OAuth server, {@code /oauth/token/} with {@code grant_type=refresh_token} (docs/oauth.md): client id,
 * client secret and refresh token, as a GET query (b24phpsdk, CRest) or a POST form or JSON body, answer a new
 * access token and a new refresh token with Bitrix24's fields and types; the old refresh token is spent.
 * Errors are OAuth's: {@code invalid_client} (401), {@code invalid_grant} and {@code unsupported_grant_type} (400).
 */
public final class OAuthTokenEndpoint implements HttpEndpoint, OAuthError.Handler<HttpResponse> {
    private static final System.Logger LOG = System.getLogger(OAuthTokenEndpoint.class.getName());
    /** No client has this id, so priming ends in one lookup and an {@code invalid_client}. */
    static final String PRIMING_CLIENT_ID = "snapstart-priming";

    private final OAuthTokens tokens;
    private final ParamDecoder decoder;
    private final Json json;

    public OAuthTokenEndpoint(OAuthTokens tokens, ParamDecoder decoder, Json json) {
        this.tokens = tokens;
        this.decoder = decoder;
        this.json = json;
    }

    public static OAuthTokenEndpoint wired(BeanContext beans) {
        return new OAuthTokenEndpoint(beans.getBean(OAuthTokens.class), beans.getBean(ParamDecoder.class),
                beans.getBean(Json.class));
    }

    @Override
    public List<HttpRequest> primingRequests() {
        return List.of(new HttpRequest("GET", "/oauth/token/", "grant_type=refresh_token&client_id="
                + PRIMING_CLIENT_ID + "&client_secret=none&refresh_token=none", Headers.of(Map.of()), new byte[0]));
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        try {
            if (!isTokenPath(request.path())) {
                return error(404, "not_found", "Not found");
            }
            Map<String, Object> params = decoder.decode(request);
            String grantType = text(params.get("grant_type"));
            String clientId = text(params.get("client_id"));
            String secret = text(params.get("client_secret"));
            if (!"refresh_token".equals(grantType)) {
                // Checked after the client would be, were there one: a request without credentials is 401.
                if (clientId.isEmpty() || secret.isEmpty()) {
                    throw new InvalidOAuthClient();
                }
                return error(400, "unsupported_grant_type", "Only grant_type=refresh_token is supported");
            }
            OAuthTokens.IssuedPair pair = tokens.refresh(clientId, secret, text(params.get("refresh_token")),
                    Provisioning.ACCESS_TOKEN_LIFETIME);
            return answer(pair, baseUrl(request));
        } catch (OAuthError error) {
            return error.handledBy(this);
        } catch (RuntimeException unexpected) {
            // Never the parameters: they hold the client secret and the refresh token.
            LOG.log(System.Logger.Level.ERROR, "unexpected failure in /oauth/token/", unexpected);
            return error(500, "server_error", "Internal server error");
        }
    }

    private HttpResponse answer(OAuthTokens.IssuedPair pair, String baseUrl) {
        long expires = pair.access().expiresAt().getEpochSecond();
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("access_token", JsonNode.createStringNode(pair.accessToken()));
        body.put("expires", JsonNode.createNumberNode(expires));
        body.put("expires_in", JsonNode.createNumberNode(Provisioning.ACCESS_TOKEN_LIFETIME.toSeconds()));
        body.put("scope", JsonNode.createStringNode(String.join(",", new TreeSet<>(pair.access().scopes()))));
        body.put("domain", JsonNode.createStringNode(hostOf(baseUrl)));
        body.put("server_endpoint", JsonNode.createStringNode(baseUrl + "/rest/"));
        body.put("status", JsonNode.createStringNode("L"));
        body.put("client_endpoint", JsonNode.createStringNode(baseUrl + "/rest/"));
        body.put("member_id", JsonNode.createStringNode(pair.portal().memberId()));
        body.put("user_id", JsonNode.createNumberNode(pair.access().userId()));
        body.put("refresh_token", JsonNode.createStringNode(pair.refreshToken()));
        return respond(200, JsonNode.createObjectNode(body));
    }

    @Override
    public HttpResponse invalidClient(InvalidOAuthClient error) {
        return error(401, "invalid_client", "Invalid client credentials");
    }

    @Override
    public HttpResponse invalidGrant(InvalidOAuthGrant error) {
        return error(400, "invalid_grant", "Invalid grant: the refresh token is unknown, expired or already used");
    }

    private HttpResponse error(int status, String code, String description) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("error", JsonNode.createStringNode(code));
        body.put("error_description", JsonNode.createStringNode(description));
        return respond(status, JsonNode.createObjectNode(body));
    }

    private HttpResponse respond(int status, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        return new HttpResponse(status, headers, json.write(body));
    }

    /**
     * The portal's REST is served by this same API, so both endpoints point here: {@code X-Forwarded-Proto} and
     * {@code Host} as API Gateway (and the local API) pass them.
     */
    static String baseUrl(HttpRequest request) {
        String proto = request.headers().first("x-forwarded-proto").orElse("https");
        String host = request.headers().first("host").orElse("localhost");
        return proto + "://" + host;
    }

    private static String hostOf(String baseUrl) {
        return baseUrl.substring(baseUrl.indexOf("://") + 3);
    }

    static boolean isTokenPath(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.endsWith("/oauth/token");
    }

    private static String text(Object value) {
        return value instanceof String s ? s.trim() : "";
    }
}
