package com.telephony.http;

/**
 * What an edge learned about one request, for the request's log record and metrics: the operation it ran, the
 * tenant it ran for, the error code it answered, and the exception it did not expect. Filled in as the request
 * goes; never holds a parameter value, so no secret can reach the log through it.
 */
public final class RequestFacts {
    /** Whose request it was: a Bitrix24 portal or a SignalWire project. */
    public enum TenantKind {
        PORTAL,
        PROJECT
    }

    private String operation;
    private TenantKind tenantKind;
    private String tenantId;
    private String errorCode;
    private Throwable unexpected;
    private String storageFault;

    /** The Bitrix24 method ({@code voximplant.sip.add}) or the Fabric operation id. */
    public void operation(String name) {
        this.operation = name;
    }

    public void tenant(TenantKind kind, String id) {
        this.tenantKind = kind;
        this.tenantId = id;
    }

    /** The protocol's error code answered ({@code CHECK_FIELDS_ERROR}, {@code not_unique_within_project}, …). */
    public void errorCode(String code) {
        this.errorCode = code;
    }

    /** An exception the edge did not expect; logged once, with its stack trace, in the request's record. */
    public void unexpected(Throwable failure) {
        this.unexpected = failure;
    }

    /** The store could not answer for now (throttled, unavailable): which kind, for the record and metrics. */
    public void storageFault(String description) {
        this.storageFault = description;
    }

    public String storageFault() {
        return storageFault;
    }

    public String operation() {
        return operation;
    }

    public TenantKind tenantKind() {
        return tenantKind;
    }

    public String tenantId() {
        return tenantId;
    }

    public String errorCode() {
        return errorCode;
    }

    public Throwable unexpected() {
        return unexpected;
    }
}
