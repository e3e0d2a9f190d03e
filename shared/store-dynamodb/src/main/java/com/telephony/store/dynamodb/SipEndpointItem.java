package com.telephony.store.dynamodb;

import com.telephony.domain.fabric.CallHandler;
import com.telephony.domain.fabric.Cipher;
import com.telephony.domain.fabric.Codec;
import com.telephony.domain.fabric.Encryption;
import com.telephony.domain.fabric.SipEndpoint;
import com.telephony.domain.fabric.SipEndpointSettings;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The stored form of a SIP endpoint: enum values by their API spelling, times as ISO-8601 strings with
 * milliseconds, and a {@code version} for optimistic locking. Mutable only for the enhanced client's static
 * schema; adapter-internal, converted to and from the domain's {@link SipEndpoint}.
 */
final class SipEndpointItem {
    static final StaticTableSchema<SipEndpointItem> SCHEMA = StaticTableSchema.builder(SipEndpointItem.class)
            .newItemSupplier(SipEndpointItem::new)
            .addAttribute(String.class, a -> a.name(TableLayout.PARTITION_KEY).getter(i -> i.pk)
                    .setter((i, v) -> i.pk = v).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SORT_KEY).getter(i -> i.sk)
                    .setter((i, v) -> i.sk = v).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("projectId").getter(i -> i.projectId).setter((i, v) -> i.projectId = v))
            .addAttribute(String.class, a -> a.name("id").getter(i -> i.id).setter((i, v) -> i.id = v))
            .addAttribute(String.class, a -> a.name("username").getter(i -> i.username).setter((i, v) -> i.username = v))
            .addAttribute(String.class, a -> a.name("password").getter(i -> i.password).setter((i, v) -> i.password = v))
            .addAttribute(String.class, a -> a.name("callerId").getter(i -> i.callerId).setter((i, v) -> i.callerId = v))
            .addAttribute(String.class, a -> a.name("sendAs").getter(i -> i.sendAs).setter((i, v) -> i.sendAs = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("ciphers").getter(i -> i.ciphers)
                    .setter((i, v) -> i.ciphers = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("codecs").getter(i -> i.codecs)
                    .setter((i, v) -> i.codecs = v))
            .addAttribute(String.class, a -> a.name("encryption").getter(i -> i.encryption)
                    .setter((i, v) -> i.encryption = v))
            .addAttribute(String.class, a -> a.name("callHandler").getter(i -> i.callHandler)
                    .setter((i, v) -> i.callHandler = v))
            .addAttribute(String.class, a -> a.name("callingHandlerResourceId").getter(i -> i.callingHandlerResourceId)
                    .setter((i, v) -> i.callingHandlerResourceId = v))
            .addAttribute(String.class, a -> a.name("createdAt").getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v))
            .build();

    private String pk;
    private String sk;
    private String projectId;
    private String id;
    private String username;
    private String password;
    private String callerId;
    private String sendAs;
    private List<String> ciphers;
    private List<String> codecs;
    private String encryption;
    private String callHandler;
    private String callingHandlerResourceId;
    private String createdAt;
    private String updatedAt;
    private Long version;

    static SipEndpointItem from(SipEndpoint endpoint) {
        SipEndpointSettings settings = endpoint.settings();
        SipEndpointItem item = new SipEndpointItem();
        item.pk = Keys.project(endpoint.projectId());
        item.sk = Keys.endpoint(endpoint.id());
        item.projectId = endpoint.projectId();
        item.id = endpoint.id();
        item.username = settings.username();
        item.password = settings.password();
        item.callerId = settings.callerId();
        item.sendAs = settings.sendAs();
        item.ciphers = settings.ciphers().stream().map(Cipher::name).toList();
        item.codecs = settings.codecs().stream().map(Codec::name).toList();
        item.encryption = settings.encryption().name();
        item.callHandler = settings.callHandler().name();
        item.callingHandlerResourceId = settings.callingHandlerResourceId();
        item.createdAt = endpoint.createdAt().toString();
        item.updatedAt = endpoint.updatedAt().toString();
        item.version = endpoint.version();
        return item;
    }

    SipEndpoint toEndpoint() {
        SipEndpointSettings settings = new SipEndpointSettings(username, password, callerId, sendAs,
                ciphers.stream().map(c -> stored(Cipher.class, c)).toList(),
                codecs.stream().map(c -> stored(Codec.class, c)).toList(),
                stored(Encryption.class, encryption), stored(CallHandler.class, callHandler), callingHandlerResourceId);
        return new SipEndpoint(projectId, id, settings, Instant.parse(createdAt), Instant.parse(updatedAt), version);
    }

    String id() {
        return id;
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
