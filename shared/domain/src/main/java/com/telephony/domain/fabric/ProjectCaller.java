package com.telephony.domain.fabric;

/** Who is calling the Fabric API: an authenticated project. Every use case is confined to its data. */
public record ProjectCaller(String projectId) {
}
