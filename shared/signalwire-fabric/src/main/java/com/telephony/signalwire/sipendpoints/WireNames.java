package com.telephony.domain.fabric;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values have a fixed spelling in the API (exact and case-sensitive, like SignalWire's). */
public interface WireValue {
    String wireName();

    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.wireName().equals(text)).findFirst();
    }

    /** {@code "required, optional, default"}: the values in their documented order, for error messages. */
    static <E extends Enum<E> & WireValue> String listing(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wireName).collect(Collectors.joining(", "));
    }
}
