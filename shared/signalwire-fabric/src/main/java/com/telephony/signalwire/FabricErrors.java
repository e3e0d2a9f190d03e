package com.telephony.signalwire;

import com.telephony.domain.DomainException;
import com.telephony.domain.StorageUnavailable;
import com.telephony.domain.fabric.FieldProblem;
import com.telephony.domain.fabric.InvalidProjectCredentials;
import com.telephony.domain.fabric.InvalidSipEndpointFields;
import com.telephony.domain.fabric.SipEndpointNotFound;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one table from domain errors to Fabric wire errors (contract §5, Q1, Q10, Q14, Q15): status and, for 422,
 * the catalogue codes. An unmapped domain error is a defect and answers 500 without details.
 */
public final class FabricErrors {
    private static final Map<Class<? extends DomainException>, Function<DomainException, FabricError>> TABLE = Map.ofEntries(
            Map.entry(InvalidProjectCredentials.class, e -> FabricError.unauthorized()),
            Map.entry(SipEndpointNotFound.class, e -> FabricError.notFound()),
            // Storage that cannot answer for now: SignalWire's documented 500 body; nothing was written.
            Map.entry(StorageUnavailable.class, e -> FabricError.internal()),
            Map.entry(SipEndpointUsernameTaken.class, e -> FabricError.validation(List.of(new ValidationError(
                    FabricError.NOT_UNIQUE_WITHIN_PROJECT, "username", "username must be unique within the project")))),
            Map.entry(InvalidSipEndpointFields.class, e -> FabricError.validation(
                    ((InvalidSipEndpointFields) e).problems().stream().map(FabricErrors::item).toList())));

    private FabricErrors() {
    }

    public static FabricError map(DomainException error) {
        Function<DomainException, FabricError> mapping = TABLE.get(error.getClass());
        return mapping == null ? FabricError.internal() : mapping.apply(error);
    }

    private static ValidationError item(FieldProblem problem) {
        String code = switch (problem.kind()) {
            case MISSING -> FabricError.MISSING_REQUIRED_PARAMETER;
            case INVALID -> FabricError.INVALID_PARAMETER;
        };
        return new ValidationError(code, problem.attribute(), problem.message());
    }
}
