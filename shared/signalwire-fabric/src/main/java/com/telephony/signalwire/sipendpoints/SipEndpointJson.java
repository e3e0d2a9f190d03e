package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import io.micronaut.json.tree.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a SIP endpoint looks on the wire (docs/signalwire/sip-endpoints.md): the Fabric resource envelope around the
 * {@code sip_endpoint} object, keys in the upstream example's order, all of them always present. The password is
 * not a field here and never will be. {@code display_name} is the username (docs/signalwire/sip-endpoints.md, "display_name"): the API has no way to set it.
 */
public final class SipEndpointJson {
    /** As the upstream examples write times: UTC, whole seconds, {@code Z}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private SipEndpointJson() {
    }

    public static JsonNode resource(SipEndpoint endpoint) {
        SipEndpointSettings settings = endpoint.settings();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("id", text(endpoint.id()));
        out.put("project_id", text(endpoint.projectId()));
        out.put("display_name", text(settings.username()));
        out.put("type", text("sip_endpoint"));
        out.put("created_at", time(endpoint.createdAt()));
        out.put("updated_at", time(endpoint.updatedAt()));
        out.put("sip_endpoint", sipEndpoint(endpoint));
        return JsonNode.createObjectNode(out);
    }

    public static JsonNode resources(List<SipEndpoint> endpoints) {
        return JsonNode.createArrayNode(endpoints.stream().map(SipEndpointJson::resource).toList());
    }

    private static JsonNode sipEndpoint(SipEndpoint endpoint) {
        SipEndpointSettings settings = endpoint.settings();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("id", text(endpoint.id()));
        out.put("username", text(settings.username()));
        out.put("caller_id", text(settings.callerId()));
        out.put("send_as", text(settings.sendAs()));
        out.put("ciphers", names(settings.ciphers()));
        out.put("codecs", names(settings.codecs()));
        out.put("encryption", text(WireNames.of(settings.encryption())));
        out.put("call_handler", text(WireNames.of(settings.callHandler())));
        out.put("calling_handler_resource_id", settings.callingHandlerResourceId() == null
                ? JsonNode.nullNode() : text(settings.callingHandlerResourceId()));
        return JsonNode.createObjectNode(out);
    }

    private static JsonNode names(List<? extends Enum<?>> values) {
        return JsonNode.createArrayNode(WireNames.names(values).stream().map(SipEndpointJson::text).toList());
    }

    private static JsonNode time(Instant instant) {
        return text(TIME.format(instant));
    }

    private static JsonNode text(String value) {
        return JsonNode.createStringNode(value);
    }
}
