package com.telephony.testsupport;

import com.telephony.testsupport.SignalWireContract.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself must be able to fail: each case below breaks one rule of the contract. */
class SignalWireContractTest {
    private static final String JSON = "application/json; charset=utf-8";
    /** The upstream "Conference Room Phone" example (docs/signalwire/sip-endpoints.md). */
    private static final String EXAMPLE = "{\"id\":\"993ed018-9e79-4e50-b97b-984bd5534095\",\"project_id\":\"1313fe58-5e14-4c11-bbe7-6fdfa11fe780\","
            + "\"display_name\":\"Conference Room Phone\",\"type\":\"sip_endpoint\","
            + "\"created_at\":\"2024-05-06T12:20:00Z\",\"updated_at\":\"2024-05-06T12:20:00Z\","
            + "\"sip_endpoint\":{\"id\":\"993ed018-9e79-4e50-b97b-984bd5534095\",\"username\":\"User\",\"caller_id\":\"123456789\","
            + "\"send_as\":\"Support\",\"ciphers\":[\"AEAD_AES_256_GCM_8\",\"AES_256_CM_HMAC_SHA1_32\"],"
            + "\"codecs\":[\"G722\",\"PCMA\",\"PCMU\",\"VP8\"],\"encryption\":\"default\",\"call_handler\":\"default\","
            + "\"calling_handler_resource_id\":null}}";

    private static List<String> combined(Operation operation, int status, String body) {
        return SignalWireContract.problems(SignalWireContract.COMBINED, operation, status, JSON, body);
    }

    @Test
    void theUpstreamExampleConformsForGetCreateAndUpdate() {
        assertEquals(List.of(), combined(Operation.GET, 200, EXAMPLE));
        assertEquals(List.of(), combined(Operation.CREATE, 200, EXAMPLE));
        SignalWireContract.assertConforms(Operation.UPDATE, 200, JSON, EXAMPLE);
    }

    @Test
    void aPasswordInTheSipEndpointFails() {
        String leaked = EXAMPLE.replace("\"username\":\"User\",", "\"username\":\"User\",\"password\":\"secret\",");
        assertFalse(combined(Operation.GET, 200, leaked).isEmpty());
        assertThrows(AssertionError.class, () -> SignalWireContract.assertConforms(Operation.UPDATE, 200, JSON, leaked));
    }

    @Test
    void missingFieldsWrongTypesAndBadFormatsFail() {
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace(",\"calling_handler_resource_id\":null", "")).isEmpty());
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("\"caller_id\":\"123456789\"", "\"caller_id\":null")).isEmpty());
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("\"encryption\":\"default\"", "\"encryption\":\"disabled\"")).isEmpty());
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("\"G722\"", "\"G711\"")).isEmpty());
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("1313fe58-5e14-4c11-bbe7-6fdfa11fe780", "1313fe58")).isEmpty(),
                "format: uuid is asserted");
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("2024-05-06T12:20:00Z\",\"updated", "yesterday\",\"updated")).isEmpty(),
                "format: date-time is asserted");
        assertFalse(combined(Operation.GET, 200, EXAMPLE.replace("\"type\":\"sip_endpoint\"", "\"type\":\"subscriber\"")).isEmpty());
    }

    @Test
    void errorBodiesMustBeExactlyTheContractsStrings() {
        assertEquals(List.of(), combined(Operation.DELETE, 401, "{\"error\":\"Unauthorized\"}"));
        assertEquals(List.of(), combined(Operation.GET, 404, "{\"error\":\"Not Found\"}"));
        assertEquals(List.of(), combined(Operation.LIST, 500, "{\"error\":\"Internal Server Error\"}"));
        assertEquals(List.of(), combined(Operation.CREATE, 400, "{\"error\":\"Bad Request\"}"));
        assertFalse(combined(Operation.GET, 401, "{\"error\":\"unauthorized\"}").isEmpty());
        assertFalse(combined(Operation.GET, 404, "{\"message\":\"Not Found\"}").isEmpty());
        assertFalse(combined(Operation.CREATE, 400, "{\"error\":\"Unauthorized\"}").isEmpty());
    }

    @Test
    void validationErrorsNeedTypeCodeMessageAndUrl() {
        String ok = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"missing_required_parameter\","
                + "\"message\":\"username is required\",\"attribute\":\"username\",\"url\":\"https://signalwire.com/docs/apis/error-codes\"}]}";
        assertEquals(List.of(), combined(Operation.CREATE, 422, ok));
        assertEquals(List.of(), combined(Operation.LIST, 422, ok), "the list's paging errors share the shape");
        assertFalse(combined(Operation.CREATE, 422, ok.replace(",\"url\":\"https://signalwire.com/docs/apis/error-codes\"", "")).isEmpty());
        assertFalse(combined(Operation.UPDATE, 422, "{\"errors\":\"username is required\"}").isEmpty());
    }

    @Test
    void statusesAndBodiesTheOperationDoesNotDeclareFail() {
        String errors = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"invalid_parameter\",\"message\":\"m\",\"url\":\"u\"}]}";
        assertFalse(combined(Operation.GET, 422, errors).isEmpty(), "get declares no 422");
        assertFalse(combined(Operation.DELETE, 400, "{\"error\":\"Bad Request\"}").isEmpty(), "delete reads no body");
        assertFalse(combined(Operation.DELETE, 200, EXAMPLE).isEmpty(), "delete answers 204");
        assertFalse(combined(Operation.CREATE, 201, EXAMPLE).isEmpty(), "create answers 200, not 201");
        assertEquals(List.of(), SignalWireContract.problems(SignalWireContract.COMBINED, Operation.DELETE, 204, "", ""));
        assertFalse(SignalWireContract.problems(SignalWireContract.COMBINED, Operation.DELETE, 204, JSON, "{}").isEmpty(),
                "204 has no body and no content type");
        assertFalse(SignalWireContract.problems(SignalWireContract.COMBINED, Operation.GET, 200, "text/html", EXAMPLE).isEmpty());
    }

    @Test
    void listLinksAreAbsoluteUris() {
        String list = "{\"data\":[" + EXAMPLE + "],\"links\":{\"self\":\"https://example.signalwire.com/api/fabric/resources/sip_endpoints?page_number=0&page_size=50&type=sip_endpoint\","
                + "\"first\":\"https://example.signalwire.com/api/fabric/resources/sip_endpoints?page_size=50&type=sip_endpoint\"}}";
        assertEquals(List.of(), combined(Operation.LIST, 200, list));
        assertFalse(combined(Operation.LIST, 200, list.replace("\"first\":\"https://example.signalwire.com", "\"first\":\"")).isEmpty());
        assertFalse(combined(Operation.LIST, 200, "[" + EXAMPLE + "]").isEmpty(), "an array is not the list shape");
        assertTrue(combined(Operation.LIST, 200, list.replace(",\"first\"", ",\"next\"")).size() > 0, "first is required");
    }
}
