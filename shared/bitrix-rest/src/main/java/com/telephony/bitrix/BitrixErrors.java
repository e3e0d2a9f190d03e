package com.telephony.bitrix;

import com.telephony.domain.DomainException;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineNumberEmpty;
import com.telephony.domain.extline.ExternalLineTooLong;
import com.telephony.domain.extline.NoExternalLineChanges;
import com.telephony.domain.limits.OperationTimeLimitExceeded;
import com.telephony.domain.limits.QueryLimitExceeded;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.InvalidSipLineFields;
import com.telephony.domain.sip.RegistrationNotFound;
import com.telephony.domain.sip.SipLineNotFound;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.listing.InvalidFilterValue;
import com.telephony.domain.sip.listing.InvalidSortDirection;
import com.telephony.domain.sip.listing.UnknownFilterOperator;
import com.telephony.domain.sip.listing.UnknownSipLineField;
import com.telephony.domain.tenancy.AuthenticationFailed;

import java.util.Map;
import java.util.function.Function;

/**
 * The one table from domain errors to Bitrix24 wire errors (contract §2.11, §3.3, §4, §6, Q5).
 * Statuses default to 400, as in Bitrix24 when an exception sets none; a method may override the status only.
 */
public final class BitrixErrors {
    private static final Map<Class<? extends DomainException>, Function<DomainException, BitrixError>> TABLE = Map.ofEntries(
            Map.entry(InvalidSipLineFields.class, e -> new BitrixError(400, "CHECK_FIELDS_ERROR",
                    String.join("<br> ", ((InvalidSipLineFields) e).messages()))),
            Map.entry(CloudLineLimitReached.class, e -> new BitrixError(400, "MAX_CLOUD_PBX",
                    "You cannot connect more than 10 virtual PBXs.")),
            Map.entry(SipLineTitleTaken.class, e -> new BitrixError(400, "TITLE_EXISTS",
                    "The specified connection name is already registered in the system")),
            Map.entry(SipLineNotFound.class, e -> new BitrixError(400, "ERROR_NOT_FOUND", "Specified CONFIG_ID is not found")),
            Map.entry(RegistrationNotFound.class, e -> new BitrixError(400, "REG_ID_NOT_FOUND", "Settings not found")),
            // External lines (contract §5, Q2): every failure is ERROR_CORE with the source's message, status 400.
            Map.entry(ExternalLineNumberEmpty.class, e -> core("NUMBER should not be empty")),
            Map.entry(ExternalLineExists.class, e -> core("Line already exists")),
            Map.entry(ExternalLineNotFound.class, e -> core(
                    "Could not find line with number " + ((ExternalLineNotFound) e).number())),
            Map.entry(NoExternalLineChanges.class, e -> core("There are no fields to update")),
            Map.entry(ExternalLineTooLong.class, e -> core("DB error")),
            // sip.get's query errors (contract Q8). Texts are ours: Bitrix24 passes the ORM's exception text through.
            Map.entry(UnknownSipLineField.class, e -> new BitrixError(400, "ERROR_CORE",
                    "Unknown field definition `" + ((UnknownSipLineField) e).name() + "` for SIP lines")),
            Map.entry(UnknownFilterOperator.class, e -> new BitrixError(400, "ERROR_CORE",
                    "Unknown filter operation `" + ((UnknownFilterOperator) e).operator() + "` in `"
                            + ((UnknownFilterOperator) e).key() + "`")),
            Map.entry(InvalidFilterValue.class, e -> new BitrixError(400, "ERROR_CORE",
                    "Filter `" + ((InvalidFilterValue) e).key() + "` needs an array of two values")),
            Map.entry(InvalidSortDirection.class, e -> new BitrixError(400, "ERROR_ARGUMENT",
                    "Invalid order: ORDER must be ASC or DESC", Map.of("argument", "ORDER"))),
            Map.entry(AuthenticationFailed.class, e -> authentication((AuthenticationFailed) e)),
            // The REST limits (docs/limits.md).
            Map.entry(QueryLimitExceeded.class, e -> new BitrixError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests")),
            Map.entry(OperationTimeLimitExceeded.class, e -> new BitrixError(429, "OPERATION_TIME_LIMIT",
                    "Method is blocked due to operation time limit.")));

    private BitrixErrors() {
    }

    /** Maps a domain error; an unmapped one is a defect and answers 500 without details. */
    public static BitrixError map(DomainException error, MethodSpec spec) {
        Function<DomainException, BitrixError> mapping = TABLE.get(error.getClass());
        if (mapping == null) {
            return BitrixError.internal();
        }
        BitrixError mapped = mapping.apply(error);
        Integer status = spec == null ? null : spec.statusOverrides().get(error.getClass());
        return status == null ? mapped : mapped.withStatus(status);
    }

    private static BitrixError core(String description) {
        return new BitrixError(400, "ERROR_CORE", description);
    }

    private static BitrixError authentication(AuthenticationFailed failure) {
        return switch (failure.reason()) {
            // A wrong, deleted or reissued webhook code (Q5: 401 so SDKs do not retry).
            case INVALID_WEBHOOK -> new BitrixError(401, "INVALID_CREDENTIALS", "Invalid request credentials");
            case INVALID_TOKEN -> new BitrixError(401, "invalid_token", "The access token provided is invalid");
            case EXPIRED_TOKEN -> new BitrixError(401, "expired_token", "The access token provided has expired");
        };
    }
}
