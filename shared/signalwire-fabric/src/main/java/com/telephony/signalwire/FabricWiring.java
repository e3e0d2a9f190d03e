package com.telephony.signalwire;

import com.telephony.domain.fabric.ProjectAuthenticator;
import com.telephony.domain.fabric.ProjectStore;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.domain.fabric.SipEndpointStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the plain-Java domain services the Fabric operations use; the domain itself knows nothing of DI. */
@Factory
public class FabricWiring {
    @Singleton
    ProjectAuthenticator projectAuthenticator(ProjectStore projects) {
        return new ProjectAuthenticator(projects);
    }

    @Singleton
    SipEndpointService sipEndpointService(SipEndpointStore store, Clock clock) {
        return new SipEndpointService(store, clock);
    }
}
