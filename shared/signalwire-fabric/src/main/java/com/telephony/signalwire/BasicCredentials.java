package com.telephony.signalwire;

import com.telephony.domain.fabric.InvalidProjectCredentials;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** {@code Authorization: Basic base64(project_id:token)}; any other shape is a failed authentication (docs/signalwire/errors.md). */
record BasicCredentials(String projectId, String token) {
    static BasicCredentials parse(Optional<String> header) {
        String value = header.map(String::trim).orElseThrow(InvalidProjectCredentials::new);
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            throw new InvalidProjectCredentials();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(space + 1).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidProjectCredentials();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new InvalidProjectCredentials();
        }
        return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "BasicCredentials[projectId=" + projectId + ", token=***]";
    }
}
