package com.telephony.testsupport;

import com.telephony.bitrix.BitrixWiring;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineDraft;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.store.dynamodb.DynamoDbSipLineStore;
import com.telephony.store.dynamodb.TelephonyTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.Optional;
import java.util.Set;

/**
 * SIP lines for tests of the methods that read or change them: created and read through the real use case and the
 * real store, on the test table, so a function's tests need no other function (functions never import each other).
 */
public final class TestLines {
    /** Which of a {@link TestPortal}'s callers owns or asks. */
    public enum As {
        WEBHOOK,
        APP_A,
        APP_B
    }

    private static SipLineStore store;

    private TestLines() {
    }

    public static synchronized SipLineStore store() {
        if (store == null) {
            TestEnvironment env = TestEnvironment.get();
            store = new DynamoDbSipLineStore(env.client(),
                    DynamoDbEnhancedClient.builder().dynamoDbClient(env.client()).build(),
                    new TelephonyTable(env.tableName()));
        }
        return store;
    }

    /** User 1 (admin) of the portal, calling as the webhook or as application A or B. */
    public static Caller caller(TestPortal portal, As as) {
        PortalUser admin = new PortalUser(portal.portal().id(), 1, "Admin", true, true);
        return switch (as) {
            case WEBHOOK -> new Caller(portal.portal(), admin, AuthType.WEBHOOK, Caller.NO_APPLICATION, Set.of("telephony"));
            case APP_A -> new Caller(portal.portal(), admin, AuthType.APPLICATION, portal.appA().clientId(), Set.of("telephony"));
            case APP_B -> new Caller(portal.portal(), admin, AuthType.APPLICATION, portal.appB().clientId(), Set.of("telephony"));
        };
    }

    public static SipLine add(TestPortal portal, As as, SipLineDraft draft) {
        return new SipLineService(store(), BitrixWiring::incomingServer).add(caller(portal, as), draft);
    }

    /** A line with server {@code sip.example.com}, login {@code user} and password {@code pw}. */
    public static SipLine add(TestPortal portal, As as, String type, String title) {
        return add(portal, as, new SipLineDraft(type, title, "sip.example.com", "user", "pw"));
    }

    /** The line as stored now. */
    public static Optional<SipLine> find(TestPortal portal, As as, long configId) {
        return store().find(LineOwner.of(caller(portal, as)), configId);
    }

    /** The path and auth that make a call as {@code as}: the webhook URL, or {@code /rest/} with the token in the query. */
    public static String url(TestPortal portal, As as, String method) {
        return switch (as) {
            case WEBHOOK -> portal.webhookPath() + method;
            case APP_A -> "/rest/" + method + "?auth=" + portal.tokenA();
            case APP_B -> "/rest/" + method + "?auth=" + portal.tokenB();
        };
    }
}
