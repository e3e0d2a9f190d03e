package com.telephony.domain.sip;

import java.util.Locale;

/**
 * Stands in for Voximplant's registration with the provider (docs/bitrix24/sip-lines.md, "Registration"), deterministically, so clients and tests
 * can produce both outcomes on purpose: a SERVER whose host name ends in {@code .invalid} (a top-level domain
 * reserved by RFC 6761 never to resolve) fails with 502 "Unable to resolve hostname", as Voximplant reports a
 * provider it cannot find; every other server registers with 200.
 */
public final class SimulatedRegistrar {
    static final String UNRESOLVABLE_TLD = ".invalid";
    static final String UNRESOLVABLE_MESSAGE = "Unable to resolve hostname";

    private SimulatedRegistrar() {
    }

    public static RegistrationResult register(SipLine line) {
        if (host(line.server()).endsWith(UNRESOLVABLE_TLD)) {
            return new RegistrationResult(RegistrationResult.Outcome.ERROR, 502, UNRESOLVABLE_MESSAGE);
        }
        return new RegistrationResult(RegistrationResult.Outcome.SUCCESS, 200, "");
    }

    /** {@code "Sip.Example.INVALID.:5060"} → {@code "sip.example.invalid"}: no port, path or trailing dot. */
    static String host(String server) {
        String host = server == null ? "" : server.trim().toLowerCase(Locale.ROOT);
        int end = host.length();
        for (char stop : new char[]{':', '/', ';', '?'}) {
            int at = host.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        host = host.substring(0, end);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host;
    }
}
