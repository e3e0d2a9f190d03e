package com.telephony.domain;

/**
 * Base of every business-rule failure. Edges map each concrete subtype to their own wire error once, in one table;
 * the domain never knows about HTTP statuses or protocol error codes.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
