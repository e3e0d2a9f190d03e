package com.telephony.domain.fabric;

/** An API token of a project. Only the SHA-256 of the token is ever kept. */
public record ProjectToken(String tokenHash, String projectId) {
}
