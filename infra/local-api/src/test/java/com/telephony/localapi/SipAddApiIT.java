package com.telephony.localapi;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.telephony.localapi.LocalApiSupport.api;
import static com.telephony.localapi.LocalApiSupport.postForm;
import static com.telephony.localapi.LocalApiSupport.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented voximplant.sip.add example over HTTP against the local API, as a user runs it. */
class SipAddApiIT {
    private static final Pattern CONFIG_ID = Pattern.compile("\"CONFIG_ID\":\"\\d+\"");
    private static final Pattern TIME = Pattern.compile("\"time\":\\{\"start\":\\d+,\"finish\":[\\d.]+,");

    @Test
    void seedCurlExampleAsJson() {
        var answer = postJson(api().webhookUrl() + "voximplant.sip.add",
                "{\"TYPE\":\"cloud\",\"TITLE\":\"SIP line 1\",\"SERVER\":\"sip.provider.com\",\"LOGIN\":\"sip_user\",\"PASSWORD\":\"secret\"}");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/json; charset=utf-8", answer.contentType());
        assertTrue(CONFIG_ID.matcher(answer.body()).find(), answer.body());
        assertTrue(TIME.matcher(answer.body()).find(), answer.body());
        assertTrue(answer.body().contains("\"REG_ID\":15"), "REG_ID is a number: " + answer.body());
        assertTrue(answer.body().contains("\"AUTH_USER\":null"), answer.body());
    }

    @Test
    void seedCurlExampleAsPhpForm() {
        var answer = postForm(api().webhookUrl() + "voximplant.sip.add",
                "TYPE=cloud&TITLE=SIP+line+form&SERVER=sip.provider.com&LOGIN=sip_user&PASSWORD=secret");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(CONFIG_ID.matcher(answer.body()).find(), answer.body());
        assertTrue(answer.body().contains("\"TITLE\":\"SIP line form\""), answer.body());
    }

    @Test
    void applicationTokenInTheQuery() {
        var answer = postJson(api().baseUrl() + "/rest/voximplant.sip.add?auth=" + api().appToken(),
                "{\"TYPE\":\"office\",\"SERVER\":\"office.provider.local\",\"LOGIN\":\"office_user\"}");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().contains("\"INCOMING_LOGIN\":\"sip"), answer.body());
    }

    @Test
    void errorsOverHttp() {
        var noAuth = postJson(api().baseUrl() + "/rest/voximplant.sip.add", "{}");
        assertEquals(401, noAuth.status());
        assertEquals("{\"error\":\"NO_AUTH_FOUND\",\"error_description\":\"Wrong authorization data\"}", noAuth.body());
        var wrongCode = postJson(api().baseUrl() + "/rest/1/wrong/voximplant.sip.add", "{}");
        assertEquals(401, wrongCode.status());
        assertTrue(wrongCode.body().contains("INVALID_CREDENTIALS"));
        var unrouted = postJson(api().baseUrl() + "/elsewhere", "{}");
        assertEquals(404, unrouted.status());
    }
}
