package com.telephony.signalwire;

import com.telephony.domain.fabric.InvalidProjectCredentials;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BasicCredentialsTest {
    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void projectAndTokenSplitAtTheFirstColon() {
        assertEquals(new BasicCredentials("p", "t:with:colons"), BasicCredentials.parse(Optional.of("Basic " + base64("p:t:with:colons"))));
        assertEquals(new BasicCredentials("p", ""), BasicCredentials.parse(Optional.of("basic  " + base64("p:") + " ")));
        assertEquals(new BasicCredentials("", "t"), BasicCredentials.parse(Optional.of("BASIC " + base64(":t"))));
    }

    @Test
    void anythingElseIsInvalidCredentials() {
        for (String header : List.of("", "Basic", "Basic ", "Bearer " + base64("p:t"), "Basic " + base64("no-colon"),
                "Basic %%%", "Basicx " + base64("p:t"), base64("p:t"))) {
            assertThrows(InvalidProjectCredentials.class, () -> BasicCredentials.parse(Optional.of(header)), header);
        }
        assertThrows(InvalidProjectCredentials.class, () -> BasicCredentials.parse(Optional.empty()));
    }

    @Test
    void theTokenIsNeverPrinted() {
        assertFalse(BasicCredentials.parse(Optional.of("Basic " + base64("p:PTsecret"))).toString().contains("PTsecret"));
    }
}
