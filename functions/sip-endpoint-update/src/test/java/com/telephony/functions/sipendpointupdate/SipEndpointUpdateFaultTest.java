package com.telephony.functions.sipendpointupdate;

import com.telephony.testsupport.EndpointFields;
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
class SipEndpointUpdateFaultTest {
    private static HandlerUnderFaults<SipEndpointUpdateHandler> faults;

    @BeforeAll
    static void start() {
        faults = HandlerUnderFaults.start(SipEndpointUpdateHandler::new);
    }

    @AfterAll
    static void stop() {
        faults.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultWritesNothingAndTheRetrySucceeds(Fault fault) {
        TestEnvironment env = TestEnvironment.get();
        TestProject project = env.newProject();
        String id = env.sipEndpoints().create(project.caller(), EndpointFields.of("before-" + fault.ordinal(), "pw")).id();
        FabricClient fabric = faults.fabric();
        faults.drill(fault, false, project, () -> fabric.update(project, id,
                "{\"username\":\"after-" + fault.ordinal() + "\",\"calling_handler_resource_id\":"
                        + "\"993ed018-9e79-4e50-b97b-984bd5534095\"}"));
        assertEquals("after-" + fault.ordinal(), env.sipEndpoints().get(project.caller(), id).settings().username());
    }
}
