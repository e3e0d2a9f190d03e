package com.telephony.domain;

/**
 * Base of every business-rule failure. Each one belongs to an area whose base class is sealed and declares one
 * handler method per error ({@code SipLineError}, {@code ExternalLineError}, {@code SipEndpointError}, {@code StorageError}), or is
 * {@code AuthenticationFailed}, whose reasons are an enum; edges map them through those handlers and exhaustive
 * switches, so the compiler finds an unmapped error (docs/architecture.md, "Errors"). The domain never knows about
 * HTTP statuses or protocol error codes. {@code DomainErrorsTest} keeps every subclass inside an area.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
