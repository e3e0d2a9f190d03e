package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.http.HttpResponse;
import com.telephony.signalwire.FabricHarness;
import com.telephony.signalwire.FabricHarness.Operation;
import com.telephony.testsupport.TestProject;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static com.telephony.signalwire.FabricHarness.BASE;
import static com.telephony.signalwire.FabricHarness.COLLECTION;
import static com.telephony.signalwire.FabricHarness.HOST;
import static com.telephony.signalwire.FabricHarness.assertError;
import static com.telephony.signalwire.FabricHarness.assertInvalid;
import static com.telephony.signalwire.FabricHarness.assertResourceShape;
import static com.telephony.signalwire.FabricHarness.ids;
import static com.telephony.signalwire.FabricHarness.json;
import static com.telephony.testsupport.JsonFields.keys;
import static com.telephony.testsupport.JsonFields.string;
import static com.telephony.testsupport.TestProject.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * list-sip-endpoints on the Fabric edge over the in-memory stores: paging and its links, page sizes, the caller's
 * project only, parameter errors, credentials. The function's handler test keeps its event file and wiring.
 */
class ListSipEndpointsTest {
    private final FabricHarness fabric = new FabricHarness();
    private final TestProject project = fabric.newProject();

    /** Created one clock second apart, so the list's order (newest first) is the reverse of this one. */
    private List<String> arrangeNewestFirst(TestProject owner, int count) {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            newestFirst.addFirst(fabric.arrange(owner, "user" + i).id());
        }
        return newestFirst;
    }

    /** A 200 list answer with the documented shape: {@code data} of resources and {@code links}. */
    private static JsonNode assertPage(HttpResponse response) {
        assertEquals(200, response.status(), response::bodyText);
        assertEquals(FabricHarness.CONTENT_TYPE, response.headers().get("Content-Type"));
        JsonNode page = json(response);
        assertEquals(List.of("data", "links"), keys(page));
        page.get("data").values().forEach(FabricHarness::assertResourceShape);
        for (String link : keys(page.get("links"))) {
            assertTrue(List.of("self", "first", "next", "prev").contains(link), link);
            assertTrue(page.get("links").get(link).isString(), link);
        }
        return page;
    }

    private JsonNode follow(String link) {
        URI uri = URI.create(link);
        assertEquals("https", uri.getScheme());
        assertEquals(HOST, uri.getHost());
        return assertPage(fabric.send(Operation.LIST, "GET", uri.getRawPath(), uri.getRawQuery(), project.authorization(),
                null, null));
    }

    @Test
    void pagingAcross120EndpointsFollowsTheLinks() {
        List<String> newestFirst = arrangeNewestFirst(project, 120);

        JsonNode page0 = assertPage(fabric.list(project, "page_size=50"));
        assertEquals(newestFirst.subList(0, 50), ids(page0));
        JsonNode links0 = page0.get("links");
        assertEquals(BASE + "?page_number=0&page_size=50&type=sip_endpoint", string(links0, "self"));
        assertEquals(BASE + "?page_size=50&type=sip_endpoint", string(links0, "first"));
        assertEquals(BASE + "?page_number=1&page_size=50&page_token=PA" + newestFirst.get(49) + "&type=sip_endpoint",
                string(links0, "next"));
        assertNull(links0.get("prev"), "no prev on the first page");

        JsonNode page1 = follow(string(links0, "next"));
        assertEquals(newestFirst.subList(50, 100), ids(page1));
        JsonNode links1 = page1.get("links");
        assertEquals(string(links0, "next"), string(links1, "self"));
        assertEquals(string(links0, "first"), string(links1, "first"));
        assertTrue(string(links1, "next").startsWith(BASE + "?page_number=2&page_size=50&page_token=PA"), links1::toString);
        assertEquals(BASE + "?page_number=0&page_size=50&page_token=PB" + newestFirst.get(50) + "&type=sip_endpoint",
                string(links1, "prev"));

        JsonNode page2 = follow(string(links1, "next"));
        assertEquals(newestFirst.subList(100, 120), ids(page2));
        JsonNode links2 = page2.get("links");
        assertNull(links2.get("next"), "no next on the last page");
        assertTrue(string(links2, "prev").startsWith(BASE + "?page_number=1&page_size=50&page_token=PB"), links2::toString);

        assertEquals(ids(page1), ids(follow(string(links2, "prev"))), "prev leads back to the same page");
        JsonNode back0 = follow(string(links1, "prev"));
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
        arrangeNewestFirst(project, 51);
        JsonNode page = assertPage(fabric.list(project, ""));
        assertEquals(50, page.get("data").size());
        assertEquals(BASE + "?page_number=0&page_size=50&type=sip_endpoint", string(page.get("links"), "self"));
        assertNotNull(page.get("links").get("next"));

        JsonNode all = assertPage(fabric.list(project, "page_size=1000&type=sip_endpoint&unknown=1"));
        assertEquals(51, all.get("data").size());
        assertNull(all.get("links").get("next"));
        assertNull(all.get("links").get("prev"));
    }

    @Test
    void theListShowsOnlyTheCallersProjectNewestFirstWithoutPasswords() {
        TestProject other = fabric.newProject();
        List<String> mine = arrangeNewestFirst(project, 3);
        arrangeNewestFirst(other, 2);

        HttpResponse response = fabric.list(project, "");
        JsonNode body = assertPage(response);
        for (JsonNode item : body.get("data").values()) {
            assertEquals(project.projectId(), string(item, "project_id"));
        }
        assertEquals(mine, ids(body));
        assertFalse(response.bodyText().contains("secret-"), "no password in a list");
    }

    @Test
    void anEmptyProjectHasNoData() {
        JsonNode body = assertPage(fabric.list(project, ""));
        assertEquals(0, body.get("data").size());
        assertEquals(List.of("self", "first"), keys(body.get("links")));
    }

    @Test
    void pageParameterErrors() {
        arrangeNewestFirst(project, 2);
        assertEquals("A page token is required if the page_number value is greater than 0",
                assertInvalid(fabric.list(project, "page_number=1"), "page_token_required", "page_token"));
        assertInvalid(fabric.list(project, "page_number=2&page_token="), "page_token_required", "page_token");
        for (String token : List.of("PAxyz", "PA" + UUID.randomUUID() + "0", "XX" + UUID.randomUUID(), "pa" + UUID.randomUUID(),
                "PA" + UUID.randomUUID().toString().replace("-", ""), "%00")) {
            assertInvalid(fabric.list(project, "page_number=1&page_token=" + token), "page_token_is_invalid", "page_token");
        }
        for (String size : List.of("0", "1001", "-1", "abc", "1.5", "", "99999999999")) {
            assertInvalid(fabric.list(project, "page_size=" + size), "invalid_parameter", "page_size");
        }
        for (String number : List.of("-1", "x", "1e3")) {
            assertInvalid(fabric.list(project, "page_number=" + number + "&page_token=PA" + UUID.randomUUID()),
                    "invalid_parameter", "page_number");
        }
        assertEquals(2, assertInvalid(fabric.list(project, "page_size=0&page_number=3")).size(), "all problems in one answer");
    }

    @Test
    void aWellFormedTokenIsAPositionEvenAfterItsEndpointIsGone() {
        List<String> newestFirst = arrangeNewestFirst(project, 3);

        fabric.endpoints.delete(project.caller(), newestFirst.get(0));
        JsonNode after = assertPage(fabric.list(project, "page_number=1&page_size=1&page_token=PA" + newestFirst.get(0)));
        assertEquals(List.of(newestFirst.get(1)), ids(after));
        assertNull(after.get("links").get("prev"), "nothing newer is left");

        JsonNode beyond = assertPage(fabric.list(project, "page_number=9&page_size=5&page_token=PA" + newestFirst.get(2)));
        assertEquals(0, beyond.get("data").size());
        assertEquals(List.of("self", "first"), keys(beyond.get("links")), "an empty page offers first");
    }

    @Test
    void authenticationFailures() {
        TestProject other = fabric.newProject();
        assertError(fabric.send(Operation.LIST, "GET", COLLECTION, "", null, null, null), 401, "Unauthorized");
        assertError(fabric.send(Operation.LIST, "GET", COLLECTION, "", basic(project.projectId(), other.token()), null, null),
                401, "Unauthorized");
        assertError(fabric.send(Operation.LIST, "GET", COLLECTION, "page_number=1", basic(other.projectId(), "PT0"), null, null),
                401, "Unauthorized");
        assertError(fabric.send(Operation.LIST, "GET", COLLECTION + "/x", "", project.authorization(), null, null),
                404, "Not Found");
    }

    @Test
    void linksFollowTheClientsSchemeAndHost() {
        SipEndpoint endpoint = fabric.arrange(project, "one");
        String self = string(json(fabric.send(Operation.LIST, "GET", "/stage" + COLLECTION, "", project.authorization(),
                null, null)).get("links"), "self");
        assertEquals("https://" + HOST + "/stage" + COLLECTION + "?page_number=0&page_size=50&type=sip_endpoint", self,
                "a stage before the path stays in the links");
        assertResourceShape(json(fabric.list(project, "")).get("data").get(0));
        assertEquals(endpoint.id(), ids(json(fabric.list(project, ""))).get(0));
    }
}
