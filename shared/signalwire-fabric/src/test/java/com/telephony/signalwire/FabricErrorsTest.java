package com.telephony.signalwire;

import com.telephony.domain.DomainException;
import com.telephony.domain.fabric.InvalidProjectCredentials;
import com.telephony.domain.fabric.SipEndpointError;
import com.telephony.domain.fabric.SipEndpointNotFound;
import com.telephony.domain.fabric.SipEndpointUsernameTaken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every SIP endpoint error has a Fabric answer other than 500: walks the sealed hierarchy, so an error added to the
 * domain without an example (and so without a checked answer) fails here.
 */
class FabricErrorsTest {
    private static final Map<Class<?>, DomainException> EXAMPLES = Map.of(
            InvalidProjectCredentials.class, new InvalidProjectCredentials(),
            SipEndpointNotFound.class, new SipEndpointNotFound(),
            SipEndpointUsernameTaken.class, new SipEndpointUsernameTaken());

    @Test
    void everySipEndpointErrorHasAnAnswerOtherThan500() {
        assertTrue(SipEndpointError.class.isSealed());
        for (Class<?> error : SipEndpointError.class.getPermittedSubclasses()) {
            DomainException example = EXAMPLES.get(error);
            if (example == null) {
                fail(error.getSimpleName() + " has no example here, so nobody checked its Fabric answer");
            }
            Optional<FabricError> mapped = FabricErrors.map(example);
            assertTrue(mapped.isPresent(), error.getSimpleName());
            assertNotEquals(500, mapped.get().status(), error.getSimpleName());
        }
        assertEquals(401, FabricErrors.map(new InvalidProjectCredentials()).orElseThrow().status());
        assertEquals(404, FabricErrors.map(new SipEndpointNotFound()).orElseThrow().status());
        FabricError taken = FabricErrors.map(new SipEndpointUsernameTaken()).orElseThrow();
        assertEquals(422, taken.status());
        assertEquals("not_unique_within_project", taken.errors().get(0).code());
    }

    @Test
    void anErrorOfAnotherAreaIsNotMappedHere() {
        assertEquals(Optional.empty(), FabricErrors.map(new DomainException("another area") {
        }));
    }
}
