package com.telephony.bitrix;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.DomainException;
import com.telephony.domain.StorageError;
import com.telephony.domain.StorageUnavailable;
import com.telephony.domain.extline.ExternalLineError;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineNumberEmpty;
import com.telephony.domain.extline.ExternalLineTooLong;
import com.telephony.domain.extline.NoExternalLineChanges;
import com.telephony.domain.limits.OperationTimeLimitExceeded;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.limits.RequestLimitError;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.InvalidSipLineFields;
import com.telephony.domain.sip.RegistrationNotFound;
import com.telephony.domain.sip.SipLineError;
import com.telephony.domain.sip.SipLineNotFound;
import com.telephony.domain.sip.SipLineProblem;
import com.telephony.domain.sip.SipLineRules;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.tenancy.AuthenticationFailed;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one mapping from domain errors to Bitrix24 wire errors (docs/bitrix24/errors.md): one method per error,
 * required by the domain's sealed handler interfaces, so an error without a mapping does not compile. Statuses
 * default to 400, as in Bitrix24 when an exception sets none; a method may override the status only.
 */
public final class BitrixErrors implements SipLineError.Handler<BitrixError>, ExternalLineError.Handler<BitrixError>,
        StorageError.Handler<BitrixError>, RequestLimitError.Handler<BitrixError> {
    private static final BitrixErrors INSTANCE = new BitrixErrors();

    private BitrixErrors() {
    }

    /**
     * The wire error of a domain error of an area this edge serves; empty for any other (a defect: the caller
     * answers 500 and logs it).
     */
    public static Optional<BitrixError> map(DomainException error, MethodSpec spec) {
        BitrixError mapped;
        if (error instanceof SipLineError sipLine) {
            mapped = sipLine.handledBy(INSTANCE);
        } else if (error instanceof ExternalLineError externalLine) {
            mapped = externalLine.handledBy(INSTANCE);
        } else if (error instanceof StorageError storage) {
            mapped = storage.handledBy(INSTANCE);
        } else if (error instanceof RequestLimitError limit) {
            mapped = limit.handledBy(INSTANCE);
        } else if (error instanceof AuthenticationFailed failed) {
            mapped = authentication(failed);
        } else {
            return Optional.empty();
        }
        Integer status = spec == null ? null : spec.statusOverrides().get(error.getClass());
        return Optional.of(status == null ? mapped : mapped.withStatus(status));
    }

    // ---- SIP lines (docs/bitrix24/sip-lines.md) ----

    /** Every failing field, in the order checked, joined as Bitrix24 joins its error collection. */
    @Override
    public BitrixError invalidFields(InvalidSipLineFields error) {
        return new BitrixError(400, "CHECK_FIELDS_ERROR",
                error.problems().stream().map(BitrixErrors::message).collect(Collectors.joining("<br> ")));
    }

    @Override
    public BitrixError cloudLineLimitReached(CloudLineLimitReached error) {
        return new BitrixError(400, "MAX_CLOUD_PBX",
                "You cannot connect more than " + error.limit() + " virtual PBXs.");
    }

    @Override
    public BitrixError titleTaken(SipLineTitleTaken error) {
        return new BitrixError(400, "TITLE_EXISTS", "The specified connection name is already registered in the system");
    }

    @Override
    public BitrixError lineNotFound(SipLineNotFound error) {
        return new BitrixError(400, "ERROR_NOT_FOUND", "Specified CONFIG_ID is not found");
    }

    @Override
    public BitrixError registrationNotFound(RegistrationNotFound error) {
        return new BitrixError(400, "REG_ID_NOT_FOUND", "Settings not found");
    }

    /** Bitrix24's texts for the field rules; the limits come from the domain, where they are defined once. */
    static String message(SipLineProblem problem) {
        return switch (problem) {
            case UNKNOWN_TYPE -> "Unknown PBX type";
            case SERVER_MISSING -> "Server address not specified";
            case SERVER_TOO_LONG -> "Server address cannot exceed " + SipLineRules.MAX_FIELD_LENGTH
                    + " characters";
            case LOGIN_MISSING -> "Login for connecting to the server not specified";
            case LOGIN_TOO_LONG -> "Login for connecting to the server cannot exceed "
                    + SipLineRules.MAX_FIELD_LENGTH + " characters";
            case PASSWORD_TOO_LONG -> "Password for connecting to the server cannot exceed "
                    + SipLineRules.MAX_FIELD_LENGTH + " characters";
            case TITLE_TOO_LONG -> "Connection name cannot exceed " + SipLineRules.MAX_TITLE_LENGTH
                    + " characters";
        };
    }

    // ---- External lines (docs/bitrix24/external-lines.md): ERROR_CORE with the source's message, status 400 ----

    @Override
    public BitrixError numberEmpty(ExternalLineNumberEmpty error) {
        return BitrixError.core("NUMBER should not be empty");
    }

    @Override
    public BitrixError exists(ExternalLineExists error) {
        return BitrixError.core("Line already exists");
    }

    @Override
    public BitrixError notFound(ExternalLineNotFound error) {
        return BitrixError.core("Could not find line with number " + error.number());
    }

    @Override
    public BitrixError noChanges(NoExternalLineChanges error) {
        return BitrixError.core("There are no fields to update");
    }

    /** Bitrix24's database refuses the over-long value and the method reports only that it failed. */
    @Override
    public BitrixError tooLong(ExternalLineTooLong error) {
        return BitrixError.core("DB error");
    }

    // ---- Storage (docs/operations.md): storage that cannot answer for now, or an add that lost the race for ids
    // too often. Bitrix24's temporary refusal, which its SDKs retry with backoff; nothing was written. ----

    @Override
    public BitrixError storageUnavailable(StorageUnavailable error) {
        return temporarilyUnavailable();
    }

    @Override
    public BitrixError concurrentAllocation(ConcurrentAllocation error) {
        return temporarilyUnavailable();
    }

    private static BitrixError temporarilyUnavailable() {
        return new BitrixError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    }

    // ---- The REST limits (docs/limits.md) ----

    @Override
    public BitrixError queryLimitExceeded(QueryLimitExceeded error) {
        return new BitrixError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    }

    @Override
    public BitrixError operationTimeLimitExceeded(OperationTimeLimitExceeded error) {
        return new BitrixError(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
    }

    // ---- Authentication (docs/bitrix24/authentication.md) ----

    private static BitrixError authentication(AuthenticationFailed failure) {
        return switch (failure.reason()) {
            // A wrong, deleted or reissued webhook code: 401, so SDKs do not retry.
            case INVALID_WEBHOOK -> new BitrixError(401, "INVALID_CREDENTIALS", "Invalid request credentials");
            case INVALID_TOKEN -> new BitrixError(401, "invalid_token", "The access token provided is invalid");
            case EXPIRED_TOKEN -> new BitrixError(401, "expired_token", "The access token provided has expired");
        };
    }
}
