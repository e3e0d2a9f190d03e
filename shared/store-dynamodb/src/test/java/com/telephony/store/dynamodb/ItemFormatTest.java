package com.telephony.store.dynamodb;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.Project;
import com.telephony.domain.fabric.ProjectToken;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineType;
import com.telephony.domain.tenancy.AccessToken;
import com.telephony.domain.tenancy.Application;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;
import com.telephony.domain.tenancy.Webhook;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The stored form of every item type, attribute by attribute: names and DynamoDB types (S, N, BOOL, L of S), with
 * an absent value written as no attribute. Items already in a table were written in exactly this form (before the
 * stores built their maps themselves, by the SDK's object mapper, whose output was compared with these maps when it
 * was replaced), so a change here is a data migration, not a refactoring. Each form also reads back.
 */
class ItemFormatTest {
    private static final Instant T0 = Instant.parse("2024-05-06T12:20:00.123Z");

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static AttributeValue strings(String... values) {
        List<AttributeValue> list = new ArrayList<>();
        for (String value : values) {
            list.add(s(value));
        }
        return AttributeValue.fromL(list);
    }

    /** Map.of stops at ten pairs. */
    private static Map<String, AttributeValue> item(Object... pairs) {
        Map<String, AttributeValue> item = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return item;
    }

    @Test
    void aCloudSipLineWithoutItsOfficeFields() {
        SipLine line = new SipLine(new LineOwner("p1", "app.a"), 5, 42, SipLineType.CLOUD, 150_007L, "Title", "sip.x",
                "login", "pw", null, null, null, null, null, "N", "diversion;to", null, null);
        Map<String, AttributeValue> stored = item(
                "pk", s("PORTAL#p1#APP#app.a"), "sk", s("SIP#000000000042"),
                "portalId", s("p1"), "appId", s("app.a"), "id", n("5"), "configId", n("42"), "type", s("cloud"),
                "regId", n("150007"), "title", s("Title"), "server", s("sip.x"), "login", s("login"),
                "password", s("pw"), "detectLineNumber", s("N"), "lineDetectHeaderOrder", s("diversion;to"));

        assertEquals(stored, SipLineItem.toItem(line));
        assertEquals(line, SipLineItem.fromItem(stored));
    }

    @Test
    void anOfficeSipLineWithEveryField() {
        SipLine line = new SipLine(new LineOwner("p1", ""), 6, 7, SipLineType.OFFICE, null, "", "s", "", "pw",
                "ip.x.bitrixphone.com", "sip7", "secret", "auth", "proxy", "Y", "to", 401, "Unauthorized");
        Map<String, AttributeValue> stored = item(
                "pk", s("PORTAL#p1#APP#"), "sk", s("SIP#000000000007"),
                "portalId", s("p1"), "appId", s(""), "id", n("6"), "configId", n("7"), "type", s("office"),
                "title", s(""), "server", s("s"), "login", s(""), "password", s("pw"),
                "incomingServer", s("ip.x.bitrixphone.com"), "incomingLogin", s("sip7"),
                "incomingPassword", s("secret"), "authUser", s("auth"), "outboundProxy", s("proxy"),
                "detectLineNumber", s("Y"), "lineDetectHeaderOrder", s("to"),
                "registrationStatusCode", n("401"), "registrationErrorMessage", s("Unauthorized"));

        assertEquals(stored, SipLineItem.toItem(line));
        assertEquals(line, SipLineItem.fromItem(stored));
    }

    @Test
    void aStoredSipLineOfAnUnknownTypeIsAnError() {
        Map<String, AttributeValue> stored = SipLineItem.toItem(new SipLine(new LineOwner("p", "a"), 1, 1,
                SipLineType.OFFICE, null, "t", "s", "l", "p", null, null, null, null, null, "N", "", null, null));
        stored.put("type", s("fax"));
        assertThrows(IllegalStateException.class, () -> SipLineItem.fromItem(stored));
    }

    @Test
    void anExternalLine() {
        ExternalLine line = new ExternalLine(new ExternalLineOwner("p1", "app.a"), 3, "+4930123", "Office", true);
        Map<String, AttributeValue> stored = item(
                "pk", s("PORTAL#p1#APP#app.a#EXT"), "sk", s("NUM#+4930123"),
                "portalId", s("p1"), "appId", s("app.a"), "id", n("3"), "number", s("+4930123"), "name", s("Office"),
                "crmAutoCreate", s("Y"));

        assertEquals(stored, ExternalLineItem.toItem(line));
        assertEquals(line, ExternalLineItem.fromItem(stored));

        ExternalLine unnamed = new ExternalLine(new ExternalLineOwner("p1", "app.a"), 4, "1", null, false);
        Map<String, AttributeValue> storedUnnamed = ExternalLineItem.toItem(unnamed);
        assertEquals(s("N"), storedUnnamed.get("crmAutoCreate"));
        assertEquals(Set.of("pk", "sk", "portalId", "appId", "id", "number", "crmAutoCreate"), storedUnnamed.keySet());
        assertEquals(unnamed, ExternalLineItem.fromItem(storedUnnamed));
    }

    @Test
    void aSipEndpoint() {
        SipEndpoint endpoint = new SipEndpoint("proj", "ep-1", new SipEndpointSettings("alice", "pw", "", "+1555",
                List.of(Cipher.values()[0], Cipher.values()[1]), List.of(Codec.OPUS), Encryption.DEFAULT,
                CallHandler.DEFAULT, "resource"), T0, T0.plusSeconds(1), 2);
        Map<String, AttributeValue> stored = item(
                "pk", s("PROJECT#proj"), "sk", s("EP#ep-1"),
                "projectId", s("proj"), "id", s("ep-1"), "username", s("alice"), "password", s("pw"),
                "callerId", s(""), "sendAs", s("+1555"),
                "ciphers", strings(Cipher.values()[0].name(), Cipher.values()[1].name()),
                "codecs", strings("OPUS"), "encryption", s("DEFAULT"), "callHandler", s("DEFAULT"),
                "callingHandlerResourceId", s("resource"),
                "createdAt", s("2024-05-06T12:20:00.123Z"), "updatedAt", s("2024-05-06T12:20:01.123Z"),
                "version", n("2"));

        assertEquals(stored, SipEndpointItem.toItem(endpoint));
        assertEquals(endpoint, SipEndpointItem.fromItem(stored));
    }

    @Test
    void aSipEndpointWithEmptyListsAndNoResourceKeepsTheListsAndOmitsTheResource() {
        SipEndpoint endpoint = new SipEndpoint("proj", "ep-2", new SipEndpointSettings("bob", "pw", "", "",
                List.of(), List.of(), Encryption.DEFAULT, CallHandler.DEFAULT, null), T0, T0, 1);
        Map<String, AttributeValue> stored = SipEndpointItem.toItem(endpoint);

        assertEquals(strings(), stored.get("ciphers"));
        assertEquals(strings(), stored.get("codecs"));
        assertEquals(false, stored.containsKey("callingHandlerResourceId"));
        assertEquals(endpoint, SipEndpointItem.fromItem(stored));
    }

    @Test
    void aSipEndpointWrittenWithTheApiSpellingReadsAsTheSameConstants() {
        SipEndpoint endpoint = new SipEndpoint("proj", "ep-3", new SipEndpointSettings("carol", "pw", "", "",
                List.of(), List.of(Codec.OPUS), Encryption.DEFAULT, CallHandler.DEFAULT, null), T0, T0, 1);
        Map<String, AttributeValue> stored = SipEndpointItem.toItem(endpoint);
        stored.put("codecs", strings("opus"));
        stored.put("encryption", s("default"));

        assertEquals(endpoint, SipEndpointItem.fromItem(stored));
    }

    @Test
    void aProjectAndItsToken() {
        Project project = new Project("proj", "Acme");
        Map<String, AttributeValue> stored = item("pk", s("PROJECT#proj"), "sk", s("PROJECT"),
                "projectId", s("proj"), "name", s("Acme"));
        assertEquals(stored, ProjectItem.project(project));
        assertEquals(project, ProjectItem.toProject(stored));

        ProjectToken token = new ProjectToken("hash", "proj");
        Map<String, AttributeValue> storedToken = item("pk", s("SWTOKEN#hash"), "sk", s("SWTOKEN"), "projectId", s("proj"));
        assertEquals(storedToken, ProjectItem.token(token));
        assertEquals(token, ProjectItem.toToken("hash", storedToken));
    }

    @Test
    void aPortalAndAUser() {
        Portal portal = new Portal("p1", "acme.bitrix24.com", "m1", "acme", ZoneId.of("Europe/Berlin"));
        Map<String, AttributeValue> stored = item("pk", s("PORTAL#p1"), "sk", s("PORTAL"), "portalId", s("p1"),
                "domain", s("acme.bitrix24.com"), "memberId", s("m1"), "slug", s("acme"), "zone", s("Europe/Berlin"));
        assertEquals(stored, TenancyItem.portal(portal));
        assertEquals(portal, TenancyItem.toPortal(stored));

        PortalUser user = new PortalUser("p1", 7, "Alice", false, true);
        Map<String, AttributeValue> storedUser = item("pk", s("PORTAL#p1"), "sk", s("USER#7"), "portalId", s("p1"),
                "userId", n("7"), "name", s("Alice"), "admin", AttributeValue.fromBool(false),
                "canModifyLines", AttributeValue.fromBool(true));
        assertEquals(storedUser, TenancyItem.user(user));
        assertEquals(user, TenancyItem.toUser(storedUser));
    }

    @Test
    void anApplicationAWebhookAndAnAccessToken() {
        Application application = new Application("p1", "app.a", "App", Set.of("telephony"));
        Map<String, AttributeValue> stored = item("pk", s("PORTAL#p1"), "sk", s("APP#app.a"), "portalId", s("p1"),
                "clientId", s("app.a"), "name", s("App"), "scopes", strings("telephony"));
        assertEquals(stored, TenancyItem.application(application));
        assertEquals(application, TenancyItem.toApplication(stored));

        Application unscoped = new Application("p1", "app.b", "B", Set.of());
        assertEquals(strings(), TenancyItem.application(unscoped).get("scopes"), "no scopes is an empty list");
        assertEquals(unscoped, TenancyItem.toApplication(TenancyItem.application(unscoped)));

        Webhook webhook = new Webhook("code", "p1", 7, Set.of("crm"));
        Map<String, AttributeValue> storedWebhook = item("pk", s("WEBHOOK#code"), "sk", s("WEBHOOK"),
                "portalId", s("p1"), "userId", n("7"), "scopes", strings("crm"));
        assertEquals(storedWebhook, TenancyItem.webhook(webhook));
        assertEquals(webhook, TenancyItem.toWebhook("code", storedWebhook));

        AccessToken token = new AccessToken("th", "p1", "app.a", 7, Set.of("telephony"),
                Instant.ofEpochSecond(1_900_000_000L));
        Map<String, AttributeValue> storedToken = item("pk", s("TOKEN#th"), "sk", s("TOKEN"), "portalId", s("p1"),
                "clientId", s("app.a"), "userId", n("7"), "scopes", strings("telephony"),
                "expiresAt", n("1900000000"), "ttl", n("1900086400"));
        assertEquals(storedToken, TenancyItem.accessToken(token));
        assertEquals(token, TenancyItem.toAccessToken("th", storedToken));
    }

    @Test
    void anAbsentOrNullAttributeReadsAsNull() {
        Map<String, AttributeValue> stored = item("a", AttributeValue.fromNul(true));
        assertEquals(null, Attributes.string(stored, "a"));
        assertEquals(null, Attributes.number(stored, "a"));
        assertEquals(null, Attributes.strings(stored, "b"));
        assertEquals(null, Attributes.flag(stored, "b"));
    }
}
