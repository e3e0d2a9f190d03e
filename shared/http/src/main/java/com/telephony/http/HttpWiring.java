package com.telephony.http;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Beans both protocol edges share. */
@Factory
public class HttpWiring {
    /** The one clock of a function: envelopes, token expiry and timestamps read the same time source. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
