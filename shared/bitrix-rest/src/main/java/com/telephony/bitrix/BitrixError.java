package com.telephony.bitrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A wire error: code, description, HTTP status, and the extra keys a few Bitrix24 errors carry after
 * {@code error_description} (the ORM's {@code ERROR_ARGUMENT} names its {@code argument}; docs/bitrix24/errors.md).
 */
public final class BitrixError extends RuntimeException {
    private final String code;
    private final int status;
    private final Map<String, String> extra;

    public BitrixError(int status, String code, String description) {
        this(status, code, description, Map.of());
    }

    public BitrixError(int status, String code, String description, Map<String, String> extra) {
        super(description, null, false, false);
        this.code = code;
        this.status = status;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The same error with another status (a method's override); the extra keys stay. */
    public BitrixError withStatus(int newStatus) {
        return new BitrixError(newStatus, code, getMessage(), extra);
    }

    /** Keys written after {@code error_description}, in order. */
    public Map<String, String> extra() {
        return extra;
    }

    public String code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    public int status() {
        return status;
    }

    /** Bitrix24's catch-all code for a method's own exception, with the exception's text. */
    public static BitrixError core(String description) {
        return new BitrixError(400, "ERROR_CORE", description);
    }

    public static BitrixError methodNotFound() {
        return new BitrixError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }

    public static BitrixError noAuth() {
        return new BitrixError(401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    public static BitrixError insufficientScope() {
        return new BitrixError(403, "insufficient_scope",
                "The request requires higher privileges than provided by the webhook token");
    }

    public static BitrixError wrongAuthType() {
        return new BitrixError(403, "WRONG_AUTH_TYPE", "Current authorization type is denied for this method");
    }

    public static BitrixError accessDenied() {
        return new BitrixError(403, "ACCESS_DENIED", "Access denied!");
    }

    /** A {@code batch} command naming {@code batch} itself (Bitrix24 refuses nesting). */
    public static BitrixError notAllowedInBatch() {
        return new BitrixError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
    }

    public static BitrixError batchTooLong() {
        return new BitrixError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
    }

    public static BitrixError internal() {
        return new BitrixError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
}
