package com.telephony.bitrix;

import com.telephony.domain.extline.ExternalLineService;
import com.telephony.domain.extline.ExternalLineStore;
import com.telephony.domain.sip.SipConnectorService;
import com.telephony.domain.sip.SipConnectorStore;
import com.telephony.domain.sip.SipLineService;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipRegistrationService;
import com.telephony.bitrix.listing.SipLineListing;
import com.telephony.domain.tenancy.Authenticator;
import com.telephony.domain.tenancy.OAuthStore;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.TenancyStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the plain-Java domain services the Bitrix24 methods use; the domain itself knows nothing of DI. */
@Factory
public class BitrixWiring {
    @Singleton
    Authenticator authenticator(TenancyStore tenancy, Clock clock) {
        return new Authenticator(tenancy, clock);
    }

    @Singleton
    OAuthTokens oAuthTokens(TenancyStore tenancy, OAuthStore store, Clock clock) {
        return new OAuthTokens(tenancy, store, clock);
    }

    @Singleton
    SipLineService sipLineService(SipLineStore store) {
        return new SipLineService(store, BitrixWiring::incomingServer);
    }

    /**
     * The host an office line's PBX registers to: Bitrix24 names one per portal under bitrixphone.com
     * (docs/bitrix24/sip-lines.md, "Office lines").
     */
    public static String incomingServer(Portal portal) {
        return "ip." + portal.slug() + ".bitrixphone.com";
    }

    @Singleton
    ExternalLineService externalLineService(ExternalLineStore store) {
        return new ExternalLineService(store);
    }

    @Singleton
    SipLineListing sipLineListing(SipLineStore store) {
        return new SipLineListing(store);
    }

    @Singleton
    SipRegistrationService sipRegistrationService(SipLineStore store, Clock clock) {
        return new SipRegistrationService(store, clock);
    }

    @Singleton
    SipConnectorService sipConnectorService(SipConnectorStore store) {
        return new SipConnectorService(store);
    }
}
