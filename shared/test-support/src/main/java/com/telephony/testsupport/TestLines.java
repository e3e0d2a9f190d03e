package com.telephony.testsupport;

import com.telephony.bitrix.BitrixWiring;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.store.dynamodb.DynamoDbSipLineStore;
import com.telephony.store.dynamodb.TelephonyTable;
import com.telephony.testsupport.TestPortal.As;

import java.util.Optional;

/**
 * SIP lines for tests of the methods that read or change them: created and read through the real use case and the
 * real store, on the test table, so a function's tests need no other function (functions never import each other).
 */
public final class TestLines {
    private static SipLineStore store;

    private TestLines() {
    }

    public static synchronized SipLineStore store() {
        if (store == null) {
            TestEnvironment env = TestEnvironment.get();
            store = new DynamoDbSipLineStore(env.client(), new TelephonyTable(env.tableName()));
        }
        return store;
    }

    public static SipLine add(TestPortal portal, As as, SipLineDraft draft) {
        return new SipLineService(store(), BitrixWiring::incomingServer).add(portal.caller(as), draft);
    }

    /** A line with server {@code sip.example.com}, login {@code user} and password {@code pw}. */
    public static SipLine add(TestPortal portal, As as, String type, String title) {
        return add(portal, as, new SipLineDraft(type, title, "sip.example.com", "user", "pw"));
    }

    /** The line as stored now. */
    public static Optional<SipLine> find(TestPortal portal, As as, long configId) {
        return store().find(LineOwner.of(portal.caller(as)), configId);
    }
}
