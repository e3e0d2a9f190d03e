package com.telephony.domain.fabric;

/** A SignalWire project (tenant of the Fabric API). Its id is a UUID and is the Basic-auth user name. */
public record Project(String id, String name) {
}
