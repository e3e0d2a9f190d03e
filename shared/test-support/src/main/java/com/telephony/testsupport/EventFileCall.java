package com.telephony.testsupport;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event file of {@code infra/events} through a function's real handler, as {@code sam local invoke} sends it,
 * and what every such answer with a body shares: JSON with the UTF-8 charset.
 */
public final class EventFileCall {
    public static final String JSON_UTF8 = "application/json; charset=utf-8";

    private EventFileCall() {
    }

    /** The event {@code name}, with texts replaced first, through the handler; the answer is JSON. */
    public static Reply sendJson(HandlerClient client, String name, Map<String, String> replacements) {
        Reply reply = client.send(EventFiles.load(name, replacements));
        assertEquals(JSON_UTF8, reply.headers().get("Content-Type"), reply::toString);
        return reply;
    }

    /** The event file as it is, through the handler; the answer is JSON. */
    public static Reply sendJson(HandlerClient client, String name) {
        return sendJson(client, name, Map.of());
    }

    /** The same for a Bitrix24 method: a 200 whose top-level keys are exactly {@code keys}, in order. */
    public static Reply assertOk(HandlerClient client, String name, Map<String, String> replacements, String... keys) {
        Reply reply = sendJson(client, name, replacements);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of(keys), JsonFields.keys(reply.json()), reply::toString);
        return reply;
    }

    /** The event file as it is, answered 200 with these top-level keys. */
    public static Reply assertOk(HandlerClient client, String name, String... keys) {
        return assertOk(client, name, Map.of(), keys);
    }
}
