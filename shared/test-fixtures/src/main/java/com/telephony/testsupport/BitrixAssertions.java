package com.telephony.testsupport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every Bitrix24 error answer must look like (docs/bitrix24/rest-conventions.md, "Error envelope"). */
public final class BitrixAssertions {
    private BitrixAssertions() {
    }

    /** The status, then exactly {@code error} and {@code error_description} (no {@code result}, no {@code time}). */
    public static void assertError(Reply reply, int status, String code, String description) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(List.of("error", "error_description"), JsonFields.keys(reply.json()), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
        assertEquals(description, reply.errorDescription(), reply::toString);
    }
}
