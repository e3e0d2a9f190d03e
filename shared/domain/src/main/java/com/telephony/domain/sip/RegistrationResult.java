package com.telephony.domain.sip;

/** The outcome of one registration attempt of a cloud line with its provider. */
public record RegistrationResult(Outcome outcome, int statusCode, String errorMessage) {
    /** Where the attempt stands (docs/bitrix24/sip-lines.md, "Registration"). */
    public enum Outcome {
        SUCCESS,
        ERROR,
        IN_PROGRESS,
        WAIT
    }
}
