package com.telephony.bitrix;

/** A wire error decided by the edge itself (routing, auth, argument shape): code, description and HTTP status. */
public final class BitrixError extends RuntimeException {
    private final String code;
    private final int status;

    public BitrixError(int status, String code, String description) {
        super(description, null, false, false);
        this.code = code;
        this.status = status;
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

    public static BitrixError internal() {
        return new BitrixError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
}
