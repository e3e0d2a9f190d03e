package com.telephony.store.dynamodb;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineOwner;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The stored form of an external line: the number is the sort key, so "one number per application" is the primary
 * key itself and needs no guard item. Mutable only for the enhanced client's static schema (built once, no
 * reflection); a partial item (key plus changed fields) is also how an update names what it changes.
 */
final class ExternalLineItem {
    static final StaticTableSchema<ExternalLineItem> SCHEMA = StaticTableSchema.builder(ExternalLineItem.class)
            .newItemSupplier(ExternalLineItem::new)
            .addAttribute(String.class, a -> a.name(TableLayout.PARTITION_KEY).getter(i -> i.pk)
                    .setter((i, v) -> i.pk = v).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SORT_KEY).getter(i -> i.sk)
                    .setter((i, v) -> i.sk = v).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("portalId").getter(i -> i.portalId).setter((i, v) -> i.portalId = v))
            .addAttribute(String.class, a -> a.name("appId").getter(i -> i.appId).setter((i, v) -> i.appId = v))
            .addAttribute(Long.class, a -> a.name("id").getter(i -> i.id).setter((i, v) -> i.id = v))
            .addAttribute(String.class, a -> a.name("number").getter(i -> i.number).setter((i, v) -> i.number = v))
            .addAttribute(String.class, a -> a.name("name").getter(i -> i.name).setter((i, v) -> i.name = v))
            .addAttribute(String.class, a -> a.name("crmAutoCreate").getter(i -> i.crmAutoCreate)
                    .setter((i, v) -> i.crmAutoCreate = v))
            .build();

    String pk;
    String sk;
    String portalId;
    String appId;
    Long id;
    String number;
    String name;
    String crmAutoCreate;

    private static final String YES = "Y";

    /** Only the key: the start of a partial item for an update. */
    static ExternalLineItem keyed(ExternalLineOwner owner, String number) {
        ExternalLineItem item = new ExternalLineItem();
        item.pk = Keys.externalLines(owner);
        item.sk = Keys.externalLine(number);
        return item;
    }

    static ExternalLineItem from(ExternalLine line) {
        ExternalLineItem item = keyed(line.owner(), line.number());
        item.portalId = line.owner().portalId();
        item.appId = line.owner().applicationId();
        item.id = line.id();
        item.number = line.number();
        item.name = line.name();
        item.crmAutoCreate = flag(line.crmAutoCreate());
        return item;
    }

    ExternalLine toLine() {
        return new ExternalLine(new ExternalLineOwner(portalId, appId), id, number, name, YES.equals(crmAutoCreate));
    }

    /** Stored as {@code "Y"} or {@code "N"}, the original column's representation (docs/storage.md). */
    static String flag(boolean on) {
        return on ? YES : "N";
    }
}
