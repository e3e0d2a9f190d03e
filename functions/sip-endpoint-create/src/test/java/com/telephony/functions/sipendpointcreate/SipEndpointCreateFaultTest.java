package com.telephony.functions.sipendpointcreate;

import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import com.telephony.testsupport.faults.Fault;
import com.telephony.testsupport.faults.FaultDrill;
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
    private static final FaultDrill.Expectation FABRIC = new FaultDrill.Expectation(
            FaultDrill::fabricInternalError, reply -> reply.status() == 200);

    private static FaultDrill drill;
    private static SipEndpointCreateHandler handler;
    private static HandlerClient client;

    @BeforeAll
    static void start() {
        drill = FaultDrill.start();
        handler = drill.handler(SipEndpointCreateHandler::new);
        client = new HandlerClient(handler);
    }

    @AfterAll
    static void stop() {
        handler.close();
        drill.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestProject project = TestEnvironment.get().newProject();
        FabricClient fabric = new FabricClient(client);
        drill.drill(fault, false, "PROJECT#" + project.projectId(), () -> fabric.create(project,
                "{\"username\":\"fault-" + fault.ordinal() + "\",\"password\":\"pw\"}"), FABRIC);
    }
}
