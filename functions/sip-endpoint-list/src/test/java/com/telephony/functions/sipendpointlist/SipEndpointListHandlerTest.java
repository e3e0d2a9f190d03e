package com.telephony.functions.sipendpointlist;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointService;
import com.telephony.testsupport.EndpointFields;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestEnvironment;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static com.telephony.testsupport.FabricReplies.assertError;
import static com.telephony.testsupport.FabricReplies.assertInvalid;
import static com.telephony.testsupport.FabricReplies.assertResource;
import static com.telephony.testsupport.FabricReplies.string;
import static com.telephony.testsupport.SignalWireContract.Operation.LIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** list-sip-endpoints through the real Lambda handler, with API Gateway events, on a real DynamoDB engine. */
class SipEndpointListHandlerTest {
    private static final String BASE = "https://api.example.test" + FabricClient.COLLECTION;

    private static SipEndpointListHandler handler;
    private static FabricClient client;

    @BeforeAll
    static void start() {
        TestEnvironment.get();
        handler = new SipEndpointListHandler();
        client = new FabricClient(new HandlerClient(handler));
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void pagingAcross120EndpointsFollowsTheLinks() {
        TestProject project = TestEnvironment.get().newProject();
        List<SipEndpoint> created = arrange(project, 120);
        List<String> newestFirst = created.stream()
                .sorted(Comparator.comparing(SipEndpoint::createdAt).thenComparing(SipEndpoint::id).reversed())
                .map(SipEndpoint::id).toList();

        Reply first = client.list(project, "page_size=50");
        JsonNode page0 = assertResource(LIST, first);
        assertEquals(ids(page0), newestFirst.subList(0, 50));
        JsonNode links0 = page0.get("links");
        assertEquals(BASE + "?page_number=0&page_size=50&type=sip_endpoint", string(links0, "self"));
        assertEquals(BASE + "?page_size=50&type=sip_endpoint", string(links0, "first"));
        assertEquals(BASE + "?page_number=1&page_size=50&page_token=PA" + newestFirst.get(49) + "&type=sip_endpoint",
                string(links0, "next"));
        assertNull(links0.get("prev"), "no prev on the first page");

        JsonNode page1 = follow(project, string(links0, "next"));
        assertEquals(newestFirst.subList(50, 100), ids(page1));
        JsonNode links1 = page1.get("links");
        assertEquals(string(links0, "next"), string(links1, "self"));
        assertEquals(string(links0, "first"), string(links1, "first"));
        assertTrue(string(links1, "next").startsWith(BASE + "?page_number=2&page_size=50&page_token=PA"), links1::toString);
        assertEquals(BASE + "?page_number=0&page_size=50&page_token=PB" + newestFirst.get(50) + "&type=sip_endpoint",
                string(links1, "prev"));

        JsonNode page2 = follow(project, string(links1, "next"));
        assertEquals(newestFirst.subList(100, 120), ids(page2));
        JsonNode links2 = page2.get("links");
        assertNull(links2.get("next"), "no next on the last page");
        assertTrue(string(links2, "prev").startsWith(BASE + "?page_number=1&page_size=50&page_token=PB"), links2::toString);

        assertEquals(ids(page1), ids(follow(project, string(links2, "prev"))), "prev leads back to the same page");
        JsonNode back0 = follow(project, string(links1, "prev"));
        assertEquals(ids(page0), ids(back0));
        assertNull(back0.get("links").get("prev"), "nothing is newer than the first page");
        assertEquals(string(links0, "next"), string(back0.get("links"), "next"));

        List<String> all = new ArrayList<>(ids(page0));
        all.addAll(ids(page1));
        all.addAll(ids(page2));
        assertEquals(120, new HashSet<>(all).size(), "every endpoint exactly once");
    }

    @Test
    void defaultPageSizeIsFiftyAndTheLargestIsAThousand() {
        TestProject project = TestEnvironment.get().newProject();
        arrange(project, 51);
        JsonNode page = assertResource(LIST, client.list(project, ""));
        assertEquals(50, page.get("data").size());
        assertEquals(BASE + "?page_number=0&page_size=50&type=sip_endpoint", string(page.get("links"), "self"));
        assertTrue(page.get("links").get("next") != null);

        JsonNode all = assertResource(LIST, client.list(project, "page_size=1000&type=sip_endpoint&unknown=1"));
        assertEquals(51, all.get("data").size());
        assertNull(all.get("links").get("next"));
        assertNull(all.get("links").get("prev"));
    }

    @Test
    void theListShowsOnlyTheCallersProjectNewestFirstWithoutPasswords() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        List<SipEndpoint> mine = arrange(project, 3);
        arrange(other, 2);

        Reply reply = client.list(project, "");
        JsonNode body = assertResource(LIST, reply);
        assertEquals(3, body.get("data").size());
        for (JsonNode item : body.get("data").values()) {
            assertEquals(project.projectId(), string(item, "project_id"));
        }
        assertEquals(mine.stream().map(SipEndpoint::id).sorted(Comparator.reverseOrder()).toList(), ids(body));
        assertFalse(reply.text().contains("secret-"), "no password in a list");
    }

    @Test
    void anEmptyProjectHasNoData() {
        TestProject project = TestEnvironment.get().newProject();
        JsonNode body = assertResource(LIST, client.list(project, ""));
        assertEquals(0, body.get("data").size());
        assertEquals(List.of("self", "first"), keys(body.get("links")));
    }

    @Test
    void pageParameterErrors() {
        TestProject project = TestEnvironment.get().newProject();
        arrange(project, 2);
        assertEquals("A page token is required if the page_number value is greater than 0",
                assertInvalid(LIST, client.list(project, "page_number=1"), "page_token_required", "page_token"));
        assertInvalid(LIST, client.list(project, "page_number=2&page_token="), "page_token_required", "page_token");
        for (String token : List.of("PAxyz", "PA" + UUID.randomUUID() + "0", "XX" + UUID.randomUUID(), "pa" + UUID.randomUUID(),
                "PA" + UUID.randomUUID().toString().replace("-", ""), "%00")) {
            assertInvalid(LIST, client.list(project, "page_number=1&page_token=" + token), "page_token_is_invalid", "page_token");
        }
        for (String size : List.of("0", "1001", "-1", "abc", "1.5", "", "99999999999")) {
            assertInvalid(LIST, client.list(project, "page_size=" + size), "invalid_parameter", "page_size");
        }
        for (String number : List.of("-1", "x", "1e3")) {
            assertInvalid(LIST, client.list(project, "page_number=" + number + "&page_token=PA" + UUID.randomUUID()),
                    "invalid_parameter", "page_number");
        }
        assertEquals(2, assertInvalid(LIST, client.list(project, "page_size=0&page_number=3")).size(),
                "all problems in one answer");
    }

    @Test
    void aWellFormedTokenIsAPositionEvenAfterItsEndpointIsGone() {
        TestProject project = TestEnvironment.get().newProject();
        List<SipEndpoint> created = arrange(project, 3);
        List<String> newestFirst = created.stream().map(SipEndpoint::id).sorted(Comparator.reverseOrder()).toList();
        SipEndpointService service = TestEnvironment.get().sipEndpoints();

        service.delete(project.caller(), newestFirst.get(0));
        JsonNode after = assertResource(LIST, client.list(project, "page_number=1&page_size=1&page_token=PA" + newestFirst.get(0)));
        assertEquals(List.of(newestFirst.get(1)), ids(after));
        assertNull(after.get("links").get("prev"), "nothing newer is left");

        JsonNode beyond = assertResource(LIST, client.list(project, "page_number=9&page_size=5&page_token=PA" + newestFirst.get(2)));
        assertEquals(0, beyond.get("data").size());
        assertEquals(List.of("self", "first"), keys(beyond.get("links")), "an empty page offers first");
    }

    @Test
    void authenticationFailures() {
        TestProject project = TestEnvironment.get().newProject();
        TestProject other = TestEnvironment.get().newProject();
        assertError(LIST, client.send("GET", FabricClient.COLLECTION, "", null, null, null), 401, "Unauthorized");
        assertError(LIST, client.send("GET", FabricClient.COLLECTION, "", TestProject.basic(project.projectId(), other.token()),
                null, null), 401, "Unauthorized");
        assertError(LIST, client.send("GET", FabricClient.COLLECTION, "page_number=1", TestProject.basic(other.projectId(), "PT0"),
                null, null), 401, "Unauthorized");
        assertEquals(404, client.send("GET", FabricClient.COLLECTION + "/x", "", project.authorization(), null, null).status(),
                "this function serves the collection only");
    }

    private static List<SipEndpoint> arrange(TestProject project, int count) {
        SipEndpointService service = TestEnvironment.get().sipEndpoints();
        List<SipEndpoint> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(service.create(project.caller(), EndpointFields.of("user" + i, "secret-" + i)));
        }
        return created;
    }

    private static JsonNode follow(TestProject project, String link) {
        URI uri = URI.create(link);
        assertEquals("https", uri.getScheme());
        assertEquals("api.example.test", uri.getHost());
        Reply reply = client.send("GET", uri.getRawPath(), uri.getRawQuery(), project.authorization(), null, null);
        return assertResource(LIST, reply);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("data").values().forEach(item -> ids.add(string(item, "id")));
        return ids;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.entries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }
}
