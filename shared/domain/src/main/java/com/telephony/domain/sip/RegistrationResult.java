package com.telephony.domain.sip;

/** The outcome of one registration attempt of a cloud line with its provider. */
public record RegistrationResult(Outcome outcome, int statusCode, String errorMessage) {
    /** Bitrix24's STATUS_RESULT values (contract §3.4). */
    public enum Outcome {
        SUCCESS("success"),
        ERROR("error"),
        IN_PROGRESS("in_progress"),
        WAIT("wait");

        private final String wireName;

        Outcome(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
