package com.telephony.signalwire.sipendpoints;

import java.util.List;

/** The writable fields of a SIP endpoint as a create or update request carried them; {@link SipEndpointRules} checks them. */
public record SipEndpointFields(
        FieldInput<String> username,
        FieldInput<String> password,
        FieldInput<String> callerId,
        FieldInput<String> sendAs,
        FieldInput<List<String>> ciphers,
        FieldInput<List<String>> codecs,
        FieldInput<String> encryption,
        FieldInput<String> callHandler,
        FieldInput<String> callingHandlerResourceId) {

    /** Never print the password: this record ends up in logs and assertion messages. */
    @Override
    public String toString() {
        return "SipEndpointFields[username=" + username + ", password=" + (password.isAbsent() ? "ABSENT" : "***")
                + ", callerId=" + callerId + ", sendAs=" + sendAs + ", ciphers=" + ciphers + ", codecs=" + codecs
                + ", encryption=" + encryption + ", callHandler=" + callHandler
                + ", callingHandlerResourceId=" + callingHandlerResourceId + "]";
    }
}
