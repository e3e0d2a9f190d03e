package com.telephony.domain.fabric;

import java.util.List;

/**
 * What a project configures on a SIP endpoint, checked and complete. The password is kept as given because a SIP
 * registrar needs it to verify digest authentication for any realm and algorithm; it is never returned or logged.
 *
 * @param callingHandlerResourceId set only when {@code callHandler} is {@link CallHandler#RESOURCE}, else {@code null}
 */
public record SipEndpointSettings(
        String username,
        String password,
        String callerId,
        String sendAs,
        List<Cipher> ciphers,
        List<Codec> codecs,
        Encryption encryption,
        CallHandler callHandler,
        String callingHandlerResourceId) {

    public SipEndpointSettings {
        ciphers = List.copyOf(ciphers);
        codecs = List.copyOf(codecs);
    }

    @Override
    public String toString() {
        return "SipEndpointSettings[username=" + username + ", callerId=" + callerId + ", sendAs=" + sendAs
                + ", ciphers=" + ciphers + ", codecs=" + codecs + ", encryption=" + encryption
                + ", callHandler=" + callHandler + ", callingHandlerResourceId=" + callingHandlerResourceId + "]";
    }
}
