package com.telephony.localapi;

import com.telephony.domain.tenancy.Secrets;
import com.telephony.testing.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provisioning CLI with {@code --jdbc-url}: an empty database gets the schema, then a tenant, its secret hashed. */
class PostgresProvisionIT {
    @Test
    void aPortalAndAWebhookOnAnEmptyDatabase() throws Exception {
        TestPostgres engine = TestPostgres.get();
        String url = engine.newDatabase("provision");
        Map<String, String> common = new HashMap<>(Map.of("jdbc-url", url));
        if (engine.username() != null) {
            common.put("db-user", engine.username());
        }
        if (engine.password() != null) {
            common.put("db-password", engine.password());
        }
        Map<String, String> portal = new HashMap<>(common);
        portal.put("domain", "acme.bitrix24.com");
        String portalId = run("portal", portal).split(" ")[1];

        Map<String, String> user = new HashMap<>(common);
        user.put("portal", portalId);
        user.put("id", "1");
        user.put("admin", "true");
        run("user", user);

        Map<String, String> webhook = new HashMap<>(common);
        webhook.put("portal", portalId);
        webhook.put("user", "1");
        String webhookUrl = run("webhook", webhook).trim();
        String code = webhookUrl.substring(0, webhookUrl.length() - 1);
        code = code.substring(code.lastIndexOf('/') + 1);

        try (Connection connection = engine.connect(url);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT portal_id, code_hash FROM webhook WHERE portal_id = ?")) {
            statement.setString(1, portalId);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), "the webhook is stored");
                assertEquals(Secrets.sha256(code), row.getString(2), "only the hash of the code is kept");
            }
        }
    }

    private static String run(String command, Map<String, String> options) {
        PrintStream previous = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Provision.run(command, options);
        } finally {
            System.setOut(previous);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
