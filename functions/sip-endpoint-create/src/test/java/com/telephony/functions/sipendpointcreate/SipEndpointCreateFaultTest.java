package com.telephony.functions.sipendpointcreate;

import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import com.telephony.testsupport.faults.Fault;
import com.telephony.testsupport.faults.HandlerUnderFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB faults under the real handler (docs/operations.md): throttling, conflicts, 5xx, timeouts and dropped
 * connections on its writes get the documented error, leave the tenant's items exactly as they were, and a retry
 * succeeds.
 */
class SipEndpointCreateFaultTest {
    private static HandlerUnderFaults<SipEndpointCreateHandler> faults;

    @BeforeAll
    static void start() {
        faults = HandlerUnderFaults.start(SipEndpointCreateHandler::new);
    }

    @AfterAll
    static void stop() {
        faults.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestProject project = TestEnvironment.get().newProject();
        FabricClient fabric = faults.fabric();
        faults.drill(fault, false, project, () -> fabric.create(project,
                "{\"username\":\"fault-" + fault.ordinal() + "\",\"password\":\"pw\"}"));
    }
}
