package com.telephony.store.dynamodb;

import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of a SIP line, to and from the domain's {@link SipLine}: ids and the registration status code
 * as numbers, the type in lower case, every other field a string; a {@code null} field is no attribute.
 */
final class SipLineItem {
    private SipLineItem() {
    }

    static Map<String, AttributeValue> toItem(SipLine line) {
        Map<String, AttributeValue> item = Attributes.key(Keys.lines(line.owner()), Keys.line(line.configId()));
        Attributes.putString(item, "portalId", line.owner().portalId());
        Attributes.putString(item, "appId", line.owner().applicationId());
        Attributes.putNumber(item, "id", line.id());
        Attributes.putNumber(item, "configId", line.configId());
        Attributes.putString(item, "type", line.type().name().toLowerCase(Locale.ROOT));
        Attributes.putNumber(item, "regId", line.regId());
        Attributes.putString(item, "title", line.title());
        Attributes.putString(item, "server", line.server());
        Attributes.putString(item, "login", line.login());
        Attributes.putString(item, "password", line.password());
        Attributes.putString(item, "incomingServer", line.incomingServer());
        Attributes.putString(item, "incomingLogin", line.incomingLogin());
        Attributes.putString(item, "incomingPassword", line.incomingPassword());
        Attributes.putString(item, "authUser", line.authUser());
        Attributes.putString(item, "outboundProxy", line.outboundProxy());
        Attributes.putString(item, "detectLineNumber", line.detectLineNumber());
        Attributes.putString(item, "lineDetectHeaderOrder", line.lineDetectHeaderOrder());
        Attributes.putNumber(item, "registrationStatusCode", line.registrationStatusCode());
        Attributes.putString(item, "registrationErrorMessage", line.registrationErrorMessage());
        return item;
    }

    static SipLine fromItem(Map<String, AttributeValue> item) {
        String type = Attributes.string(item, "type");
        Optional<SipLineType> parsed = SipLineType.parse(type);
        if (parsed.isEmpty()) {
            throw new IllegalStateException("stored line has type " + type);
        }
        return new SipLine(new LineOwner(Attributes.string(item, "portalId"), Attributes.string(item, "appId")),
                Attributes.number(item, "id"), Attributes.number(item, "configId"), parsed.get(),
                Attributes.number(item, "regId"), Attributes.string(item, "title"), Attributes.string(item, "server"),
                Attributes.string(item, "login"), Attributes.string(item, "password"),
                Attributes.string(item, "incomingServer"), Attributes.string(item, "incomingLogin"),
                Attributes.string(item, "incomingPassword"), Attributes.string(item, "authUser"),
                Attributes.string(item, "outboundProxy"), Attributes.string(item, "detectLineNumber"),
                Attributes.string(item, "lineDetectHeaderOrder"), Attributes.integer(item, "registrationStatusCode"),
                Attributes.string(item, "registrationErrorMessage"));
    }
}
