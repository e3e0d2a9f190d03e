package com.telephony.domain;

import com.telephony.domain.tenancy.AuthType;
import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.PortalUser;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** Callers and a hand-moved clock for use-case tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Portal portal() {
        String id = UUID.randomUUID().toString().replace("-", "");
        return new Portal(id, "acme.example.com", id, "acme", ZoneId.of("Europe/Berlin"));
    }

    public static Caller webhook(Portal portal) {
        return new Caller(portal, new PortalUser(portal.id(), 1, "Admin", true, false), AuthType.WEBHOOK,
                Caller.NO_APPLICATION, Set.of("telephony"));
    }

    public static Caller application(Portal portal, String clientId) {
        return new Caller(portal, new PortalUser(portal.id(), 2, "User", false, true), AuthType.APPLICATION, clientId,
                Set.of("telephony"));
    }

    /** A clock the test moves by hand: no sleeping, no timing. */
    public static final class SteppingClock extends Clock {
        private Instant now;

        public SteppingClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
