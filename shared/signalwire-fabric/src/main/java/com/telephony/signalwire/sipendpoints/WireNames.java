package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How SignalWire spells each enum value (docs/signalwire/sip-endpoints.md): exact and case-sensitive. Ciphers and
 * codecs are written as their constant names; encryption and call handler in lowercase with a dash. The switches
 * are exhaustive, so a value added to the domain does not compile until it has its spelling here.
 */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Cipher cipher) {
        return cipher.name();
    }

    public static String of(Codec codec) {
        return codec.name();
    }

    public static String of(Encryption encryption) {
        return switch (encryption) {
            case REQUIRED -> "required";
            case OPTIONAL -> "optional";
            case DEFAULT -> "default";
        };
    }

    public static String of(CallHandler handler) {
        return switch (handler) {
            case DEFAULT -> "default";
            case PASSTHROUGH -> "passthrough";
            case BLOCK_PSTN -> "block-pstn";
            case RESOURCE -> "resource";
        };
    }

    /** The value spelled exactly {@code text}, if any. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> name(value).equals(text)).findFirst();
    }

    /** {@code "required, optional, default"}: every value in its documented order, for error messages. */
    static <E extends Enum<E>> String listing(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::name).collect(Collectors.joining(", "));
    }

    static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(WireNames::name).toList();
    }

    private static String name(Enum<?> value) {
        if (value instanceof Cipher cipher) {
            return of(cipher);
        }
        if (value instanceof Codec codec) {
            return of(codec);
        }
        if (value instanceof Encryption encryption) {
            return of(encryption);
        }
        if (value instanceof CallHandler handler) {
            return of(handler);
        }
        throw new IllegalArgumentException("no wire spelling for " + value.getClass().getSimpleName());
    }
}
