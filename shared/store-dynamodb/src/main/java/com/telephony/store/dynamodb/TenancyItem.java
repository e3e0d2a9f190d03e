package com.telephony.store.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.util.List;

/**
 * The stored form of portals, users, applications, webhooks and access tokens: one schema whose attributes are the
 * union of theirs (each item type fills its own). Credentials are keyed by the SHA-256 of the secret; the secret
 * itself is never written. Mutable only for the enhanced client's static schema; adapter-internal.
 */
final class TenancyItem {
    static final StaticTableSchema<TenancyItem> SCHEMA = StaticTableSchema.builder(TenancyItem.class)
            .newItemSupplier(TenancyItem::new)
            .addAttribute(String.class, a -> a.name(TableLayout.PARTITION_KEY).getter(i -> i.pk)
                    .setter((i, v) -> i.pk = v).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SORT_KEY).getter(i -> i.sk)
                    .setter((i, v) -> i.sk = v).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("portalId").getter(i -> i.portalId).setter((i, v) -> i.portalId = v))
            .addAttribute(String.class, a -> a.name("domain").getter(i -> i.domain).setter((i, v) -> i.domain = v))
            .addAttribute(String.class, a -> a.name("memberId").getter(i -> i.memberId).setter((i, v) -> i.memberId = v))
            .addAttribute(String.class, a -> a.name("slug").getter(i -> i.slug).setter((i, v) -> i.slug = v))
            .addAttribute(String.class, a -> a.name("zone").getter(i -> i.zone).setter((i, v) -> i.zone = v))
            .addAttribute(Long.class, a -> a.name("userId").getter(i -> i.userId).setter((i, v) -> i.userId = v))
            .addAttribute(String.class, a -> a.name("name").getter(i -> i.name).setter((i, v) -> i.name = v))
            .addAttribute(Boolean.class, a -> a.name("admin").getter(i -> i.admin).setter((i, v) -> i.admin = v))
            .addAttribute(Boolean.class, a -> a.name("canModifyLines").getter(i -> i.canModifyLines)
                    .setter((i, v) -> i.canModifyLines = v))
            .addAttribute(String.class, a -> a.name("clientId").getter(i -> i.clientId).setter((i, v) -> i.clientId = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("scopes").getter(i -> i.scopes)
                    .setter((i, v) -> i.scopes = v))
            .addAttribute(Long.class, a -> a.name("expiresAt").getter(i -> i.expiresAt).setter((i, v) -> i.expiresAt = v))
            .addAttribute(Long.class, a -> a.name(TableLayout.TTL_ATTRIBUTE).getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    String pk;
    String sk;
    String portalId;
    String domain;
    String memberId;
    String slug;
    String zone;
    Long userId;
    String name;
    Boolean admin;
    Boolean canModifyLines;
    String clientId;
    List<String> scopes;
    Long expiresAt;
    Long ttl;

    static TenancyItem keyed(String pk, String sk) {
        TenancyItem item = new TenancyItem();
        item.pk = pk;
        item.sk = sk;
        return item;
    }
}
