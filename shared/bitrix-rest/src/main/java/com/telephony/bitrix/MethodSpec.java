package com.telephony.bitrix;

import com.telephony.domain.DomainException;

import java.util.Locale;
import java.util.Map;

/**
 * What the edge needs to know about a method before running it (design: the method registry entry).
 *
 * @param name               the method name as documented; matched case-insensitively
 * @param scope              the scope a webhook or application must hold; {@code null} for Bitrix24's global
 *                           methods ({@code batch}, {@code scope}, {@code server.time}...), which need none
 * @param access             who may call it
 * @param upperCaseKeys      {@code voximplant.sip.*} read parameter keys case-insensitively; external lines do not
 * @param statusOverrides    where this method answers a domain error with another status than the default
 *                           (sip.update's ERROR_NOT_FOUND is 404, sip.delete's is 400)
 */
public record MethodSpec(String name, String scope, Access access, boolean upperCaseKeys,
                         Map<Class<? extends DomainException>, Integer> statusOverrides) {
    public enum Access {
        /** webhook or application; the user needs the telephony "modify lines" permission */
        LINE_MANAGERS,
        /** application context only (webhooks get WRONG_AUTH_TYPE); any user */
        APPLICATIONS_ANY_USER,
        /** any authenticated caller, webhook or application, any user */
        ANY_CALLER
    }

    public MethodSpec {
        statusOverrides = Map.copyOf(statusOverrides);
    }

    public static MethodSpec lineManagers(String name) {
        return new MethodSpec(name, "telephony", Access.LINE_MANAGERS, true, Map.of());
    }

    public static MethodSpec applicationsOnly(String name) {
        return new MethodSpec(name, "telephony", Access.APPLICATIONS_ANY_USER, false, Map.of());
    }

    /** A global method: no scope, any caller (batch, server.time, scope, methods, method.get, profile). */
    public static MethodSpec anyCaller(String name) {
        return new MethodSpec(name, null, Access.ANY_CALLER, false, Map.of());
    }

    public MethodSpec withStatus(Class<? extends DomainException> error, int status) {
        Map<Class<? extends DomainException>, Integer> overrides = new java.util.HashMap<>(statusOverrides);
        overrides.put(error, status);
        return new MethodSpec(name, scope, access, upperCaseKeys, overrides);
    }

    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
