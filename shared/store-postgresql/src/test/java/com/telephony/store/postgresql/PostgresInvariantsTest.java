package com.telephony.store.postgresql;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;
import com.telephony.domain.sip.SipLineType;
import com.telephony.domain.ConcurrentAllocation;
import com.telephony.store.contract.Race;
import com.telephony.testing.postgresql.TestPostgres;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What PostgreSQL itself guarantees, beyond the contract suite: the invariants hold under 24 concurrent callers on
 * the pool the functions use, and the schema refuses a violating row even from a writer that bypasses the adapter.
 */
class PostgresInvariantsTest {
    private static final int CALLERS = 24;
    private static ApplicationContext context;
    private static String jdbcUrl;

    @BeforeAll
    static void startContext() {
        Map<String, String> settings = PostgresTestDatabase.properties("invariants");
        jdbcUrl = settings.get("datasources.default.url");
        context = ApplicationContext.builder().properties(new HashMap<>(settings)).deduceEnvironment(false).start();
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    private static SipLine allocated(SipLineStore store, LineOwner owner, boolean cloud, String title) {
        SipLineIds ids = store.allocateIds(owner.portalId(), cloud);
        return new SipLine(owner, ids.id(), ids.configId(), cloud ? SipLineType.CLOUD : SipLineType.OFFICE, ids.regId(),
                title, "sip.example.com", "user", "pw", null, null, null, null, null, "N", "diversion;to", null, null);
    }

    /** As the use case adds: read the next ids, claim them with the insert, read again if another add claimed them. */
    private static void add(SipLineStore store, LineOwner owner, boolean cloud, String title) {
        while (true) {
            try {
                store.insert(allocated(store, owner, cloud, title), 10);
                return;
            } catch (ConcurrentAllocation taken) {
                // nothing was written; the next read sees the winner's claim
            }
        }
    }

    @Test
    void twentyFourParallelCloudAddsAtNineLinesLeaveExactlyTen() throws Exception {
        SipLineStore store = context.getBean(SipLineStore.class);
        String portal = "portal-" + UUID.randomUUID();
        for (int i = 0; i < 9; i++) {
            store.insert(allocated(store, new LineOwner(portal, "app." + (i % 3)), true, ""), 10);
        }
        List<Race.Outcome<Boolean>> outcomes = Race.run(CALLERS, i -> {
            add(store, new LineOwner(portal, "app." + (i % 4)), true, "racer " + i);
            return true;
        });
        Race.assertOnly(outcomes, CloudLineLimitReached.class);
        assertEquals(1, Race.successes(outcomes));
        assertEquals(10, count("SELECT count(*) FROM sip_line WHERE portal_id = '" + portal + "'"));
        assertEquals(10, count("SELECT lines FROM cloud_line_count WHERE portal_id = '" + portal + "'"));
    }

    @Test
    void twentyFourParallelAddsOfOneTitleLeaveOneLine() throws Exception {
        SipLineStore store = context.getBean(SipLineStore.class);
        String portal = "portal-" + UUID.randomUUID();
        List<Race.Outcome<Boolean>> outcomes = Race.run(CALLERS, i -> {
            add(store, new LineOwner(portal, "app." + (i % 4)), i % 2 == 0,
                    i % 3 == 0 ? "Front Desk" : " front desk");
            return true;
        });
        Race.assertOnly(outcomes, SipLineTitleTaken.class);
        assertEquals(1, Race.successes(outcomes));
        assertEquals(1, count("SELECT count(*) FROM sip_line WHERE portal_id = '" + portal + "'"));
    }

    @Test
    void twentyFourParallelAddsOfOneNumberLeaveOneLine() throws Exception {
        ExternalLineStore store = context.getBean(ExternalLineStore.class);
        ExternalLineOwner owner = new ExternalLineOwner("portal-" + UUID.randomUUID(), "app.a");
        List<Race.Outcome<Boolean>> outcomes = Race.run(CALLERS, i -> {
            while (true) {
                try {
                    store.insert(new ExternalLine(owner, store.allocateId(owner.portalId()), "14151234567", "n" + i,
                            false));
                    return true;
                } catch (ConcurrentAllocation taken) {
                    // another add claimed the id: read again, as the use case does
                }
            }
        });
        Race.assertOnly(outcomes, ExternalLineExists.class);
        assertEquals(1, Race.successes(outcomes));
        assertEquals(1, store.list(owner).size());
    }

    @Test
    void theSchemaRefusesADuplicateTitleEvenFromAnotherWriter() throws Exception {
        String portal = "portal-" + UUID.randomUUID();
        String insert = "INSERT INTO sip_line (portal_id, app_id, config_id, id, type, title, title_key, server, login)"
                + " VALUES ('" + portal + "', '%s', %d, %d, 'office', '%s', '%s', 's', 'l')";
        execute(String.format(insert, "app.a", 1, 1, "Desk", "desk"));
        SQLException refused = assertThrows(SQLException.class,
                () -> execute(String.format(insert, "app.b", 2, 2, "DESK", "desk")));
        assertEquals("23505", refused.getSQLState());
        execute(String.format(insert, "app.b", 3, 3, "", ""));
        execute(String.format(insert, "app.c", 4, 4, "", ""));
    }

    @Test
    void theCloudCountCannotGoNegative() {
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("INSERT INTO cloud_line_count (portal_id, lines) VALUES ('p-" + UUID.randomUUID() + "', -1)"));
        assertEquals("23514", refused.getSQLState());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(jdbcUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(jdbcUrl); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
