package com.telephony.signalwire.sipendpoints;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.SipEndpointSettings;
import com.telephony.domain.fabric.Uuids;
import com.telephony.signalwire.FabricError;
import com.telephony.signalwire.ValidationError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * SignalWire's field rules of create and update (docs/signalwire/sip-endpoints.md, "Fields" and "Validation"):
 * types, enum spellings, required fields, defaults and the {@code call_handler}/{@code calling_handler_resource_id}
 * pairing. Every failing field is reported, once, in the order the fields are documented, as a 422 item. The
 * lengths are the domain's ({@link SipEndpointSettings}).
 */
public final class SipEndpointRules {
    /** All five ciphers, in their documented order. */
    public static final List<Cipher> DEFAULT_CIPHERS = List.of(Cipher.values());
    /** The order SignalWire's create answers with. */
    public static final List<Codec> DEFAULT_CODECS = List.of(
            Codec.OPUS, Codec.G722, Codec.PCMU, Codec.PCMA, Codec.G729, Codec.VP8, Codec.H264);

    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String CALLER_ID = "caller_id";
    static final String SEND_AS = "send_as";
    static final String CIPHERS = "ciphers";
    static final String CODECS = "codecs";
    static final String ENCRYPTION = "encryption";
    static final String CALL_HANDLER = "call_handler";
    static final String RESOURCE_ID = "calling_handler_resource_id";

    private SipEndpointRules() {
    }

    /** Create: username and password are required, everything else defaults. */
    public static SipEndpointSettings forCreate(SipEndpointFields fields) {
        Check check = new Check(true);
        Given given = Given.read(check, fields);
        CallHandler effectiveHandler = orElse(given.handler(), CallHandler.DEFAULT);
        String effectiveResource = check.pairing(effectiveHandler, given.resourceIdOrNull());
        check.throwIfAny();
        return new SipEndpointSettings(given.username(), given.password(), orElse(given.callerId(), ""),
                orElse(given.sendAs(), ""), orElse(given.ciphers(), DEFAULT_CIPHERS),
                orElse(given.codecs(), DEFAULT_CODECS), orElse(given.encryption(), Encryption.DEFAULT),
                effectiveHandler, effectiveResource);
    }

    /**
     * Update: a partial merge onto {@code current}. {@code calling_handler_resource_id} must be present, even
     * if {@code null}; arrays replace the stored ones; a new password rotates the credential.
     */
    public static SipEndpointSettings forUpdate(SipEndpointSettings current, SipEndpointFields fields) {
        Check check = new Check(false);
        Given given = Given.read(check, fields);
        if (fields.callingHandlerResourceId().isAbsent()) {
            check.missing(RESOURCE_ID, RESOURCE_ID + " is required");
        }
        CallHandler effectiveHandler = orElse(given.handler(), current.callHandler());
        String effectiveResource = check.pairing(effectiveHandler, given.resourceIdOrNull());
        check.throwIfAny();
        return new SipEndpointSettings(
                orElse(given.username(), current.username()), orElse(given.password(), current.password()),
                orElse(given.callerId(), current.callerId()), orElse(given.sendAs(), current.sendAs()),
                orElse(given.ciphers(), current.ciphers()), orElse(given.codecs(), current.codecs()),
                orElse(given.encryption(), current.encryption()), effectiveHandler, effectiveResource);
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /**
     * The fields as the request gives them, each checked in the documented order: {@code null} where a field is
     * not given or failed its check; {@code resourceId} additionally empty for an explicit JSON {@code null}.
     */
    private record Given(String username, String password, String callerId, String sendAs, List<Cipher> ciphers,
                         List<Codec> codecs, Encryption encryption, CallHandler handler,
                         Optional<String> resourceId) {
        static Given read(Check check, SipEndpointFields fields) {
            return new Given(
                    check.username(fields.username()),
                    check.password(fields.password()),
                    check.text(CALLER_ID, fields.callerId()),
                    check.text(SEND_AS, fields.sendAs()),
                    check.list(CIPHERS, Cipher.class, fields.ciphers(), DEFAULT_CIPHERS),
                    check.list(CODECS, Codec.class, fields.codecs(), DEFAULT_CODECS),
                    check.single(ENCRYPTION, Encryption.class, fields.encryption()),
                    check.single(CALL_HANDLER, CallHandler.class, fields.callHandler()),
                    check.resourceId(fields.callingHandlerResourceId()));
        }

        String resourceIdOrNull() {
            return resourceId == null ? null : resourceId.orElse(null);
        }
    }

    /** The problems of one request; each reader returns {@code null} for "not given" or "failed". */
    private static final class Check {
        private final boolean creating;
        private final List<ValidationError> problems = new ArrayList<>();

        Check(boolean creating) {
            this.creating = creating;
        }

        void missing(String attribute, String message) {
            problems.add(FabricError.missingParameter(attribute, message));
        }

        void invalid(String attribute, String message) {
            problems.add(FabricError.invalidParameter(attribute, message));
        }

        boolean failed(String attribute) {
            return problems.stream().anyMatch(p -> p.attribute().equals(attribute));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw FabricError.validation(problems);
            }
        }

        /** Required on create; never blank; a SIP user part: no whitespace, control characters or {@code @} . */
        String username(FieldInput<String> input) {
            String value = credential(USERNAME, input, SipEndpointSettings.MAX_USERNAME_LENGTH);
            if (value != null && value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c) || c == '@')) {
                invalid(USERNAME, "username must not contain whitespace or @");
                return null;
            }
            return value;
        }

        /** Required on create, optional on update (rotation); never blank; no complexity rules. */
        String password(FieldInput<String> input) {
            return credential(PASSWORD, input, SipEndpointSettings.MAX_PASSWORD_LENGTH);
        }

        private String credential(String attribute, FieldInput<String> input, int maxLength) {
            switch (input.state()) {
                case ABSENT -> {
                    if (creating) {
                        missing(attribute, attribute + " is required");
                    }
                    return null;
                }
                case WRONG_TYPE -> {
                    invalid(attribute, attribute + " must be a string");
                    return null;
                }
                case NULL -> {
                    missing(attribute, blankMessage(attribute));
                    return null;
                }
                default -> {
                    if (input.value().isBlank()) {
                        missing(attribute, blankMessage(attribute));
                        return null;
                    }
                    return bounded(attribute, input.value(), maxLength);
                }
            }
        }

        private String blankMessage(String attribute) {
            return creating ? attribute + " is required" : attribute + " can't be blank";
        }

        /** An optional string; {@code ""} is a value (it clears caller_id or send_as). */
        String text(String attribute, FieldInput<String> input) {
            return switch (input.state()) {
                case ABSENT -> null;
                case NULL, WRONG_TYPE -> {
                    invalid(attribute, attribute + " must be a string");
                    yield null;
                }
                case VALUE -> bounded(attribute, input.value(), SipEndpointSettings.MAX_TEXT_LENGTH);
            };
        }

        /** Within the length, counted in characters; and valid Unicode, since DynamoDB stores UTF-8 only. */
        private String bounded(String attribute, String value, int maxLength) {
            if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
                invalid(attribute, attribute + " must be valid Unicode text");
                return null;
            }
            if (value.codePointCount(0, value.length()) > maxLength) {
                invalid(attribute,
                        attribute + " is too long (maximum is " + maxLength + " characters)");
                return null;
            }
            return value;
        }

        /** An array of enum values: duplicates dropped (first one kept), {@code []} means the defaults. */
        <E extends Enum<E>> List<E> list(String attribute, Class<E> type, FieldInput<List<String>> input,
                                                     List<E> defaults) {
            if (input.isAbsent()) {
                return null;
            }
            if (input.state() == FieldInput.State.VALUE) {
                LinkedHashSet<E> parsed = new LinkedHashSet<>();
                for (String text : input.value()) {
                    Optional<E> value = WireNames.parse(type, text);
                    if (value.isEmpty()) {
                        parsed = null;
                        break;
                    }
                    parsed.add(value.get());
                }
                if (parsed != null) {
                    return parsed.isEmpty() ? defaults : List.copyOf(parsed);
                }
            }
            invalid(attribute,
                    attribute + " must be an array of: " + WireNames.listing(type));
            return null;
        }

        <E extends Enum<E>> E single(String attribute, Class<E> type, FieldInput<String> input) {
            if (input.isAbsent()) {
                return null;
            }
            Optional<E> parsed = input.state() == FieldInput.State.VALUE
                    ? WireNames.parse(type, input.value()) : Optional.empty();
            if (parsed.isEmpty()) {
                invalid(attribute, attribute + " must be one of: " + WireNames.listing(type));
                return null;
            }
            return parsed.get();
        }

        /** {@code null} when not sent; empty when sent as {@code null}; else the canonical UUID. */
        Optional<String> resourceId(FieldInput<String> input) {
            return switch (input.state()) {
                case ABSENT -> null;
                case NULL -> Optional.empty();
                case VALUE, WRONG_TYPE -> {
                    Optional<String> uuid = input.state() == FieldInput.State.VALUE
                            ? Uuids.canonical(input.value()) : Optional.empty();
                    if (uuid.isEmpty()) {
                        invalid(RESOURCE_ID, RESOURCE_ID + " must be a UUID or null");
                        yield null;
                    }
                    yield uuid;
                }
            };
        }

        /**
         * {@code resource} needs a resource id; every other handler stores {@code null} ("Will be null otherwise").
         * Not checked again when the handler or the id itself already failed.
         */
        String pairing(CallHandler handler, String resourceId) {
            if (handler != CallHandler.RESOURCE) {
                return null;
            }
            if (resourceId == null && !failed(CALL_HANDLER) && !failed(RESOURCE_ID)) {
                missing(RESOURCE_ID,
                        RESOURCE_ID + " is required when call_handler is resource");
            }
            return resourceId;
        }
    }
}
