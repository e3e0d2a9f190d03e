package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.signalwire.FabricError;
import com.telephony.signalwire.ValidationError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SipEndpointRulesTest {
    private static final String RESOURCE = "993ed018-9e79-4e50-b97b-984bd5534095";

    /** Keys are the API's field names; a {@code null} value is an explicit JSON null, a missing key is not sent. */
    private static SipEndpointFields fields(Map<String, ?> values) {
        return new SipEndpointFields(text(values, "username"), text(values, "password"), text(values, "caller_id"),
                text(values, "send_as"), list(values, "ciphers"), list(values, "codecs"), text(values, "encryption"),
                text(values, "call_handler"), text(values, "calling_handler_resource_id"));
    }

    @SuppressWarnings("unchecked")
    private static FieldInput<String> text(Map<String, ?> values, String key) {
        if (!values.containsKey(key)) {
            return FieldInput.absent();
        }
        Object value = values.get(key);
        return value == null ? FieldInput.nullValue() : value instanceof String s ? FieldInput.of(s) : FieldInput.wrongType();
    }

    @SuppressWarnings("unchecked")
    private static FieldInput<List<String>> list(Map<String, ?> values, String key) {
        if (!values.containsKey(key)) {
            return FieldInput.absent();
        }
        Object value = values.get(key);
        return value == null ? FieldInput.nullValue() : value instanceof List<?> l ? FieldInput.of((List<String>) l) : FieldInput.wrongType();
    }

    private static Map<String, Object> with(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<ValidationError> createProblems(Map<String, ?> values) {
        return assertThrows(FabricError.class, () -> SipEndpointRules.forCreate(fields(values))).errors();
    }

    private static List<ValidationError> updateProblems(SipEndpointSettings current, Map<String, ?> values) {
        return assertThrows(FabricError.class, () -> SipEndpointRules.forUpdate(current, fields(values))).errors();
    }

    private static SipEndpointSettings created(Object... pairs) {
        Map<String, Object> values = with("username", "alice", "password", "pw");
        values.putAll(with(pairs));
        return SipEndpointRules.forCreate(fields(values));
    }

    @Test
    void createDefaults() {
        SipEndpointSettings settings = created();
        assertEquals("alice", settings.username());
        assertEquals("pw", settings.password());
        assertEquals("", settings.callerId());
        assertEquals("", settings.sendAs());
        assertEquals(List.of(Cipher.values()), settings.ciphers());
        assertEquals(List.of(Codec.OPUS, Codec.G722, Codec.PCMU, Codec.PCMA, Codec.G729, Codec.VP8, Codec.H264), settings.codecs());
        assertEquals(Encryption.DEFAULT, settings.encryption());
        assertEquals(CallHandler.DEFAULT, settings.callHandler());
        assertNull(settings.callingHandlerResourceId());
    }

    @Test
    void createRequiresUsernameAndPassword() {
        assertEquals(List.of(
                FabricError.missingParameter("username", "username is required"),
                FabricError.missingParameter("password", "password is required")), createProblems(Map.of()));
        assertEquals(List.of(FabricError.missingParameter("username", "username is required")),
                createProblems(with("username", " ", "password", "pw")));
        assertEquals(List.of(FabricError.invalidParameter("password", "password must be a string")),
                createProblems(with("username", "u", "password", 5)));
    }

    @Test
    void eachEnumRejectsUnknownValuesAndWrongTypes() {
        assertEquals("ciphers", createProblems(with("username", "u", "password", "p", "ciphers", List.of("NULL"))).get(0).attribute());
        assertEquals("ciphers", createProblems(with("username", "u", "password", "p", "ciphers", "AES")).get(0).attribute());
        assertEquals("codecs", createProblems(with("username", "u", "password", "p", "codecs", List.of("pcmu"))).get(0).attribute());
        assertEquals("codecs", createProblems(with("username", "u", "password", "p", "codecs", null)).get(0).attribute());
        assertEquals(FabricError.invalidParameter("encryption", "encryption must be one of: required, optional, default"),
                createProblems(with("username", "u", "password", "p", "encryption", "disabled")).get(0));
        assertEquals(FabricError.invalidParameter("call_handler",
                        "call_handler must be one of: default, passthrough, block-pstn, resource"),
                createProblems(with("username", "u", "password", "p", "call_handler", "BLOCK-PSTN")).get(0));
    }

    @Test
    void listsKeepOrderDropDuplicatesAndEmptyMeansDefault() {
        SipEndpointSettings settings = created("ciphers", List.of("AES_CM_128_HMAC_SHA1_32", "AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_32"),
                "codecs", List.of());
        assertEquals(List.of(Cipher.AES_CM_128_HMAC_SHA1_32, Cipher.AEAD_AES_256_GCM_8), settings.ciphers());
        assertEquals(SipEndpointRules.DEFAULT_CODECS, settings.codecs());
    }

    @Test
    void resourceHandlerPairing() {
        assertEquals(RESOURCE, created("call_handler", "resource", "calling_handler_resource_id", RESOURCE.toUpperCase())
                .callingHandlerResourceId());
        assertNull(created("call_handler", "passthrough", "calling_handler_resource_id", RESOURCE).callingHandlerResourceId());
        assertEquals(List.of(FabricError.missingParameter("calling_handler_resource_id",
                        "calling_handler_resource_id is required when call_handler is resource")),
                createProblems(with("username", "u", "password", "p", "call_handler", "resource")));
        assertEquals(List.of(FabricError.invalidParameter("calling_handler_resource_id",
                        "calling_handler_resource_id must be a UUID or null")),
                createProblems(with("username", "u", "password", "p", "call_handler", "resource",
                        "calling_handler_resource_id", "1-2-3-4-5")), "one problem, not two");
    }

    @Test
    void updateIsAPartialMergeThatNeedsTheResourceIdField() {
        SipEndpointSettings current = created("caller_id", "111", "call_handler", "resource", "calling_handler_resource_id", RESOURCE);
        String other = "0b6f3c2e-41a8-4c57-9a0d-5a6f1d2c3b4e";

        SipEndpointSettings updated = SipEndpointRules.forUpdate(current, fields(with("calling_handler_resource_id", other)));
        assertEquals(other, updated.callingHandlerResourceId());
        assertEquals(CallHandler.RESOURCE, updated.callHandler());
        assertEquals("111", updated.callerId());
        assertEquals("pw", updated.password());

        assertEquals(List.of(FabricError.missingParameter("calling_handler_resource_id",
                "calling_handler_resource_id is required")), updateProblems(current, Map.of()));
        assertEquals("calling_handler_resource_id is required when call_handler is resource",
                updateProblems(current, with("calling_handler_resource_id", null)).get(0).message());

        SipEndpointSettings plain = created();
        assertNull(SipEndpointRules.forUpdate(plain, fields(with("calling_handler_resource_id", other))).callingHandlerResourceId(),
                "the documented body on a default-handler endpoint stores null");
        assertEquals("new-pw", SipEndpointRules.forUpdate(plain, fields(with("password", "new-pw",
                "calling_handler_resource_id", null))).password());
        assertEquals(List.of(FabricError.missingParameter("password", "password can't be blank")),
                updateProblems(plain, with("password", "", "calling_handler_resource_id", null)));
    }

    @Test
    void usernameShapeAndLengths() {
        for (String bad : List.of("a b", "a\tb", "a@b", "a\u0000b", "a\u00a0b")) {
            assertEquals("invalid_parameter", createProblems(with("username", bad, "password", "p")).get(0).code(), bad);
        }
        assertEquals("u".repeat(128), created("username", "u".repeat(128)).username());
        assertEquals("username is too long (maximum is 128 characters)",
                createProblems(with("username", "u".repeat(129), "password", "p")).get(0).message());
        assertEquals("😀".repeat(128), created("username", "😀".repeat(128)).username(), "characters, not UTF-16 units");
        assertEquals("caller_id", createProblems(with("username", "u", "password", "p", "caller_id", "1".repeat(256))).get(0).attribute());
        assertEquals("username must be valid Unicode text",
                createProblems(with("username", "a\ud800b", "password", "p")).get(0).message(), "a lone surrogate");
        assertEquals("password", createProblems(with("username", "u", "password", "\udc00")).get(0).attribute());
        assertEquals("send_as must be a string", createProblems(with("username", "u", "password", "p", "send_as", null)).get(0).message());
    }

    @Test
    void settingsNeverPrintThePassword() {
        SipEndpointSettings settings = created("password", "do-not-print");
        assertEquals(-1, settings.toString().indexOf("do-not-print"));
        assertEquals(-1, fields(with("password", "do-not-print")).toString().indexOf("do-not-print"));
    }
}
