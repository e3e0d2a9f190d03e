package com.telephony.http;

import java.util.List;

/**
 * The callers a SnapStart rehearsal provisions in its own in-memory stores (never in the function's table): a
 * Bitrix24 webhook of a line-managing admin, an application's access token, a SignalWire project's Basic
 * credentials and SIP endpoints of that project, one per round. An edge builds its rehearsal requests with them
 * ({@link HttpEndpoint#rehearsalRequests}).
 *
 * @param bitrixWebhookPath   {@code /rest/{user}/{code}/}, to which a method name is appended
 * @param bitrixAppToken      an access token of an application of the same portal, for application-only methods
 * @param fabricAuthorization the {@code Authorization} header value, {@code Basic base64(project:token)}
 * @param fabricEndpointIds   the project's SIP endpoints, one for each round: a round may delete its own
 */
public record RehearsalCallers(String bitrixWebhookPath, String bitrixAppToken, String fabricAuthorization,
                               List<String> fabricEndpointIds) {
    public RehearsalCallers {
        fabricEndpointIds = List.copyOf(fabricEndpointIds);
    }
}
