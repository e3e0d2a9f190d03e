package com.telephony.store.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The stored form of SignalWire projects and their API tokens (keyed by the token's SHA-256; the token itself is
 * never written). Mutable only for the enhanced client's static schema; adapter-internal.
 */
final class ProjectItem {
    static final StaticTableSchema<ProjectItem> SCHEMA = StaticTableSchema.builder(ProjectItem.class)
            .newItemSupplier(ProjectItem::new)
            .addAttribute(String.class, a -> a.name(TableLayout.PARTITION_KEY).getter(i -> i.pk)
                    .setter((i, v) -> i.pk = v).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SORT_KEY).getter(i -> i.sk)
                    .setter((i, v) -> i.sk = v).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("projectId").getter(i -> i.projectId).setter((i, v) -> i.projectId = v))
            .addAttribute(String.class, a -> a.name("name").getter(i -> i.name).setter((i, v) -> i.name = v))
            .build();

    String pk;
    String sk;
    String projectId;
    String name;

    static ProjectItem keyed(String pk, String sk) {
        ProjectItem item = new ProjectItem();
        item.pk = pk;
        item.sk = sk;
        return item;
    }
}
