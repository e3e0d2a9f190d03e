package com.telephony.bitrix.methods;

import com.telephony.domain.sip.SipLine;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a SIP line looks on the wire (docs/bitrix24/sip-lines.md, "Row shape and types"). The two shapes differ on purpose, as Bitrix24's do:
 * sip.add answers numbers as numbers ({@code REG_ID: 151082}) and includes {@code ID}; sip.get answers every
 * database value as a string ({@code "REG_ID": "150907"}, {@code "REGISTRATION_STATUS_CODE": "200"}) and hides
 * {@code ID}. Cloud lines never show {@code INCOMING_*}; office lines never show {@code REG_ID}.
 */
public final class SipLineJson {
    private SipLineJson() {
    }

    /** The sip.add answer, keys in the documented order (TITLE after REG_ID for cloud lines, last for office). */
    public static JsonNode added(SipLine line) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("ID", text(Long.toString(line.id())));
        out.put("TYPE", text(SipLineNames.of(line.type())));
        out.put("CONFIG_ID", text(Long.toString(line.configId())));
        if (line.isCloud()) {
            out.put("REG_ID", JsonNode.createNumberNode(line.regId()));
            out.put("TITLE", text(line.title()));
        }
        commonFields(out, line, false);
        out.put("TITLE", text(line.title()));
        return JsonNode.createObjectNode(out);
    }

    /** A sip.get row: database column order without ID and APP_ID, TITLE last, values as strings. */
    public static JsonNode listed(SipLine line) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("TYPE", text(SipLineNames.of(line.type())));
        out.put("CONFIG_ID", text(Long.toString(line.configId())));
        if (line.isCloud()) {
            out.put("REG_ID", text(line.regId() == null ? null : Long.toString(line.regId())));
        }
        commonFields(out, line, true);
        out.put("TITLE", text(line.title()));
        return JsonNode.createObjectNode(out);
    }

    private static void commonFields(Map<String, JsonNode> out, SipLine line, boolean statusAsString) {
        out.put("SERVER", text(line.server()));
        out.put("LOGIN", text(line.login()));
        out.put("PASSWORD", text(line.password()));
        if (!line.isCloud()) {
            out.put("INCOMING_SERVER", text(line.incomingServer()));
            out.put("INCOMING_LOGIN", text(line.incomingLogin()));
            out.put("INCOMING_PASSWORD", text(line.incomingPassword()));
        }
        out.put("AUTH_USER", text(line.authUser()));
        out.put("OUTBOUND_PROXY", text(line.outboundProxy()));
        out.put("DETECT_LINE_NUMBER", text(line.detectLineNumber()));
        out.put("LINE_DETECT_HEADER_ORDER", text(line.lineDetectHeaderOrder()));
        Integer status = line.registrationStatusCode();
        out.put("REGISTRATION_STATUS_CODE", status == null ? JsonNode.nullNode()
                : statusAsString ? text(status.toString()) : JsonNode.createNumberNode(status));
        out.put("REGISTRATION_ERROR_MESSAGE", text(line.registrationErrorMessage()));
    }

    private static JsonNode text(String value) {
        return value == null ? JsonNode.nullNode() : JsonNode.createStringNode(value);
    }
}
