package com.telephony.domain.fabric;

/**
 * One failed field rule. {@code attribute} is the request field at fault; the edge turns the kind into its own
 * error code.
 */
public record FieldProblem(Kind kind, String attribute, String message) {
    public enum Kind {
        /** missing, null or blank although required */
        MISSING,
        /** wrong type, unknown enum value, bad format or too long */
        INVALID
    }
}
