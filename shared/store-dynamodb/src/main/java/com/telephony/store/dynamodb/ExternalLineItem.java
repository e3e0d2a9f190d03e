package com.telephony.store.dynamodb;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineOwner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * The stored form of an external line: the number is the sort key, so "one number per application" is the primary
 * key itself and needs no guard item. The id is a number, every other field a string.
 */
final class ExternalLineItem {
    private static final String YES = "Y";

    private ExternalLineItem() {
    }

    static Map<String, AttributeValue> key(ExternalLineOwner owner, String number) {
        return Attributes.key(Keys.externalLines(owner), Keys.externalLine(number));
    }

    static Map<String, AttributeValue> toItem(ExternalLine line) {
        Map<String, AttributeValue> item = key(line.owner(), line.number());
        Attributes.putString(item, "portalId", line.owner().portalId());
        Attributes.putString(item, "appId", line.owner().applicationId());
        Attributes.putNumber(item, "id", line.id());
        Attributes.putString(item, "number", line.number());
        Attributes.putString(item, "name", line.name());
        Attributes.putString(item, "crmAutoCreate", flag(line.crmAutoCreate()));
        return item;
    }

    static ExternalLine fromItem(Map<String, AttributeValue> item) {
        return new ExternalLine(new ExternalLineOwner(Attributes.string(item, "portalId"), Attributes.string(item, "appId")),
                Attributes.number(item, "id"), Attributes.string(item, "number"), Attributes.string(item, "name"),
                YES.equals(Attributes.string(item, "crmAutoCreate")));
    }

    /** Stored as {@code "Y"} or {@code "N"}, the original column's representation (docs/storage.md). */
    static String flag(boolean on) {
        return on ? YES : "N";
    }
}
