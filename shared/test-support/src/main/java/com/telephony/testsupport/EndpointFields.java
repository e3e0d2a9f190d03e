package com.telephony.testsupport;

import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.signalwire.sipendpoints.FieldInput;
import com.telephony.signalwire.sipendpoints.SipEndpointFields;
import com.telephony.signalwire.sipendpoints.SipEndpointRules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checked settings for arranging endpoints through the use case, from fields keyed by the API's names and read by
 * the API's own create rules (so an arranged endpoint is one the API could have created).
 */
public final class EndpointFields {
    private EndpointFields() {
    }

    public static SipEndpointSettings of(String username, String password) {
        return of(Map.of("username", username, "password", password));
    }

    /** A value of {@code null} (use a {@link HashMap}) is sent as JSON {@code null}; missing keys are not sent. */
    public static SipEndpointSettings of(Map<String, ?> values) {
        return SipEndpointRules.forCreate(new SipEndpointFields(text(values, "username"), text(values, "password"), text(values, "caller_id"),
                text(values, "send_as"), strings(values, "ciphers"), strings(values, "codecs"),
                text(values, "encryption"), text(values, "call_handler"), text(values, "calling_handler_resource_id")));
    }

    private static FieldInput<String> text(Map<String, ?> values, String name) {
        if (!values.containsKey(name)) {
            return FieldInput.absent();
        }
        Object value = values.get(name);
        return value == null ? FieldInput.nullValue() : FieldInput.of((String) value);
    }

    @SuppressWarnings("unchecked")
    private static FieldInput<List<String>> strings(Map<String, ?> values, String name) {
        if (!values.containsKey(name)) {
            return FieldInput.absent();
        }
        Object value = values.get(name);
        return value == null ? FieldInput.nullValue() : FieldInput.of((List<String>) value);
    }
}
