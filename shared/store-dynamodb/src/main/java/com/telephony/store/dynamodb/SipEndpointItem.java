package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stored form of a SIP endpoint: enum values by constant name (lists of them as lists of strings), times as
 * ISO-8601 strings with milliseconds, and a {@code version} number for optimistic locking. Converted to and from
 * the domain's {@link SipEndpoint}.
 */
final class SipEndpointItem {
    private SipEndpointItem() {
    }

    static Map<String, AttributeValue> toItem(SipEndpoint endpoint) {
        SipEndpointSettings settings = endpoint.settings();
        Map<String, AttributeValue> item = Attributes.key(Keys.project(endpoint.projectId()), Keys.endpoint(endpoint.id()));
        Attributes.putString(item, "projectId", endpoint.projectId());
        Attributes.putString(item, "id", endpoint.id());
        Attributes.putString(item, "username", settings.username());
        Attributes.putString(item, "password", settings.password());
        Attributes.putString(item, "callerId", settings.callerId());
        Attributes.putString(item, "sendAs", settings.sendAs());
        Attributes.putStrings(item, "ciphers", names(settings.ciphers()));
        Attributes.putStrings(item, "codecs", names(settings.codecs()));
        Attributes.putString(item, "encryption", settings.encryption().name());
        Attributes.putString(item, "callHandler", settings.callHandler().name());
        Attributes.putString(item, "callingHandlerResourceId", settings.callingHandlerResourceId());
        Attributes.putString(item, "createdAt", endpoint.createdAt().toString());
        Attributes.putString(item, "updatedAt", endpoint.updatedAt().toString());
        Attributes.putNumber(item, "version", endpoint.version());
        return item;
    }

    static SipEndpoint fromItem(Map<String, AttributeValue> item) {
        SipEndpointSettings settings = new SipEndpointSettings(Attributes.string(item, "username"),
                Attributes.string(item, "password"), Attributes.string(item, "callerId"),
                Attributes.string(item, "sendAs"),
                stored(Cipher.class, Attributes.strings(item, "ciphers")),
                stored(Codec.class, Attributes.strings(item, "codecs")),
                stored(Encryption.class, Attributes.string(item, "encryption")),
                stored(CallHandler.class, Attributes.string(item, "callHandler")),
                Attributes.string(item, "callingHandlerResourceId"));
        return new SipEndpoint(Attributes.string(item, "projectId"), id(item), settings,
                Instant.parse(Attributes.string(item, "createdAt")), Instant.parse(Attributes.string(item, "updatedAt")),
                Attributes.number(item, "version"));
    }

    static String id(Map<String, AttributeValue> item) {
        return Attributes.string(item, "id");
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>(values.size());
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static <E extends Enum<E>> List<E> stored(Class<E> type, List<String> values) {
        List<E> constants = new ArrayList<>(values.size());
        for (String value : values) {
            constants.add(stored(type, value));
        }
        return constants;
    }

    /**
     * Enum values are stored by constant name. Items written before that hold the API spelling ({@code "required"},
     * {@code "block-pstn"}), which reads as the same constant once uppercased with underscores.
     */
    private static <E extends Enum<E>> E stored(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("stored SIP endpoint has " + type.getSimpleName() + " " + value);
        }
    }
}
