package com.telephony.signalwire;

import com.telephony.domain.DomainException;
import com.telephony.domain.fabric.InvalidProjectCredentials;
import com.telephony.domain.fabric.SipEndpointError;
import com.telephony.domain.fabric.SipEndpointNotFound;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;

import java.util.List;
import java.util.Optional;

/**
 * The one mapping from domain errors to Fabric wire errors (docs/signalwire/errors.md): one method per error,
 * required by the domain's sealed {@link SipEndpointError.Handler}, so an error without a mapping does not compile.
 */
public final class FabricErrors implements SipEndpointError.Handler<FabricError> {
    private static final FabricErrors INSTANCE = new FabricErrors();

    private FabricErrors() {
    }

    /** The wire error of a SIP endpoint error; empty for any other (a defect: the caller answers 500 and logs it). */
    public static Optional<FabricError> map(DomainException error) {
        return error instanceof SipEndpointError endpointError
                ? Optional.of(endpointError.handledBy(INSTANCE)) : Optional.empty();
    }

    @Override
    public FabricError invalidCredentials(InvalidProjectCredentials error) {
        return FabricError.unauthorized();
    }

    @Override
    public FabricError endpointNotFound(SipEndpointNotFound error) {
        return FabricError.notFound();
    }

    @Override
    public FabricError usernameTaken(SipEndpointUsernameTaken error) {
        return FabricError.validation(List.of(new ValidationError(FabricError.NOT_UNIQUE_WITHIN_PROJECT, "username",
                "username must be unique within the project")));
    }
}
