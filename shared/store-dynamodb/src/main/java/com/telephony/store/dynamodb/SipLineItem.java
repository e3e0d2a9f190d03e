package com.telephony.store.dynamodb;

import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.util.Locale;

/**
 * The stored form of a SIP line. Mutable only because the enhanced client's static schema fills it through
 * setters; it lives inside this adapter and is converted to and from the domain's {@link SipLine} record.
 * The schema is built once, from method references: no bean introspection, no reflection.
 */
final class SipLineItem {
    static final StaticTableSchema<SipLineItem> SCHEMA = StaticTableSchema.builder(SipLineItem.class)
            .newItemSupplier(SipLineItem::new)
            .addAttribute(String.class, a -> a.name(TableLayout.PARTITION_KEY).getter(SipLineItem::getPk)
                    .setter(SipLineItem::setPk).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SORT_KEY).getter(SipLineItem::getSk)
                    .setter(SipLineItem::setSk).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("portalId").getter(i -> i.portalId).setter((i, v) -> i.portalId = v))
            .addAttribute(String.class, a -> a.name("appId").getter(i -> i.appId).setter((i, v) -> i.appId = v))
            .addAttribute(Long.class, a -> a.name("id").getter(i -> i.id).setter((i, v) -> i.id = v))
            .addAttribute(Long.class, a -> a.name("configId").getter(i -> i.configId).setter((i, v) -> i.configId = v))
            .addAttribute(String.class, a -> a.name("type").getter(i -> i.type).setter((i, v) -> i.type = v))
            .addAttribute(Long.class, a -> a.name("regId").getter(i -> i.regId).setter((i, v) -> i.regId = v))
            .addAttribute(String.class, a -> a.name("title").getter(i -> i.title).setter((i, v) -> i.title = v))
            .addAttribute(String.class, a -> a.name("server").getter(i -> i.server).setter((i, v) -> i.server = v))
            .addAttribute(String.class, a -> a.name("login").getter(i -> i.login).setter((i, v) -> i.login = v))
            .addAttribute(String.class, a -> a.name("password").getter(i -> i.password).setter((i, v) -> i.password = v))
            .addAttribute(String.class, a -> a.name("incomingServer").getter(i -> i.incomingServer)
                    .setter((i, v) -> i.incomingServer = v))
            .addAttribute(String.class, a -> a.name("incomingLogin").getter(i -> i.incomingLogin)
                    .setter((i, v) -> i.incomingLogin = v))
            .addAttribute(String.class, a -> a.name("incomingPassword").getter(i -> i.incomingPassword)
                    .setter((i, v) -> i.incomingPassword = v))
            .addAttribute(String.class, a -> a.name("authUser").getter(i -> i.authUser).setter((i, v) -> i.authUser = v))
            .addAttribute(String.class, a -> a.name("outboundProxy").getter(i -> i.outboundProxy)
                    .setter((i, v) -> i.outboundProxy = v))
            .addAttribute(String.class, a -> a.name("detectLineNumber").getter(i -> i.detectLineNumber)
                    .setter((i, v) -> i.detectLineNumber = v))
            .addAttribute(String.class, a -> a.name("lineDetectHeaderOrder").getter(i -> i.lineDetectHeaderOrder)
                    .setter((i, v) -> i.lineDetectHeaderOrder = v))
            .addAttribute(Integer.class, a -> a.name("registrationStatusCode").getter(i -> i.registrationStatusCode)
                    .setter((i, v) -> i.registrationStatusCode = v))
            .addAttribute(String.class, a -> a.name("registrationErrorMessage").getter(i -> i.registrationErrorMessage)
                    .setter((i, v) -> i.registrationErrorMessage = v))
            .build();

    private String pk;
    private String sk;
    private String portalId;
    private String appId;
    private Long id;
    private Long configId;
    private String type;
    private Long regId;
    private String title;
    private String server;
    private String login;
    private String password;
    private String incomingServer;
    private String incomingLogin;
    private String incomingPassword;
    private String authUser;
    private String outboundProxy;
    private String detectLineNumber;
    private String lineDetectHeaderOrder;
    private Integer registrationStatusCode;
    private String registrationErrorMessage;

    String getPk() {
        return pk;
    }

    void setPk(String pk) {
        this.pk = pk;
    }

    String getSk() {
        return sk;
    }

    void setSk(String sk) {
        this.sk = sk;
    }

    static SipLineItem from(SipLine line) {
        SipLineItem item = new SipLineItem();
        item.pk = Keys.lines(line.owner());
        item.sk = Keys.line(line.configId());
        item.portalId = line.owner().portalId();
        item.appId = line.owner().applicationId();
        item.id = line.id();
        item.configId = line.configId();
        item.type = line.type().name().toLowerCase(Locale.ROOT);
        item.regId = line.regId();
        item.title = line.title();
        item.server = line.server();
        item.login = line.login();
        item.password = line.password();
        item.incomingServer = line.incomingServer();
        item.incomingLogin = line.incomingLogin();
        item.incomingPassword = line.incomingPassword();
        item.authUser = line.authUser();
        item.outboundProxy = line.outboundProxy();
        item.detectLineNumber = line.detectLineNumber();
        item.lineDetectHeaderOrder = line.lineDetectHeaderOrder();
        item.registrationStatusCode = line.registrationStatusCode();
        item.registrationErrorMessage = line.registrationErrorMessage();
        return item;
    }

    SipLine toLine() {
        return new SipLine(new LineOwner(portalId, appId), id, configId,
                SipLineType.parse(type).orElseThrow(() -> new IllegalStateException("stored line has type " + type)),
                regId, title, server, login, password, incomingServer, incomingLogin, incomingPassword, authUser,
                outboundProxy, detectLineNumber, lineDetectHeaderOrder, registrationStatusCode,
                registrationErrorMessage);
    }
}
