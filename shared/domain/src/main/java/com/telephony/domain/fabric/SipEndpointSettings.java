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

    /** A SIP user part; the bound also keeps any store's uniqueness key small (DynamoDB allows 1 KB). */
    public static final int MAX_USERNAME_LENGTH = 128;
    public static final int MAX_PASSWORD_LENGTH = 128;
    /** caller_id and send_as. */
    public static final int MAX_TEXT_LENGTH = 255;

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
