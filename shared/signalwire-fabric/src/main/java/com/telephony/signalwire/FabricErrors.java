package com.telephony.signalwire;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.DomainException;
import com.telephony.domain.StorageError;
import com.telephony.domain.StorageUnavailable;
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
public final class FabricErrors implements SipEndpointError.Handler<FabricError>, StorageError.Handler<FabricError> {
    private static final FabricErrors INSTANCE = new FabricErrors();

    private FabricErrors() {
    }

    /** The wire error of a SIP endpoint error; empty for any other (a defect: the caller answers 500 and logs it). */
    public static Optional<FabricError> map(DomainException error) {
        if (error instanceof SipEndpointError endpointError) {
            return Optional.of(endpointError.handledBy(INSTANCE));
        }
        if (error instanceof StorageError storage) {
            return Optional.of(storage.handledBy(INSTANCE));
        }
        return Optional.empty();
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

    /** Storage that cannot answer for now: SignalWire's documented 500 body; nothing was written. */
    @Override
    public FabricError storageUnavailable(StorageUnavailable error) {
        return FabricError.internal();
    }

    /** No Fabric operation allocates ids from a sequence; should one ever lose that race, it is the same 500. */
    @Override
    public FabricError concurrentAllocation(ConcurrentAllocation error) {
        return FabricError.internal();
    }
}
