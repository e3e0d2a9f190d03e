package com.telephony.domain.sip;

import com.telephony.domain.tenancy.Caller;

import java.time.Clock;
import java.util.Objects;

/**
 * voximplant.sip.status: registers the caller's cloud line again (simulated, see {@link SimulatedRegistrar}) and
 * records the result on the line, so a later sip.get shows it as REGISTRATION_STATUS_CODE.
 * <p>
 * Only the caller's own lines are visible: a REG_ID of another application's or of a webhook's line is answered
 * exactly like an unknown one. Bitrix24's source accepts any REG_ID of the portal (docs/bitrix24/sip-lines.md, "voximplant.sip.status"), but this service
 * keeps the rule that no caller sees or changes another owner's lines, and status writes to the line.
 */
public final class SipRegistrationService {
    private final SipLineStore store;
    private final Clock clock;

    public SipRegistrationService(SipLineStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public RegistrationStatus status(Caller caller, long regId) {
        if (regId <= 0) {
            throw new RegistrationNotFound();
        }
        LineOwner owner = LineOwner.of(caller);
        SipLine line = store.findByRegistration(caller.portalId(), regId)
                .filter(found -> found.owner().equals(owner))
                .orElseThrow(RegistrationNotFound::new);
        RegistrationResult result = SimulatedRegistrar.register(line);
        // Only a changed outcome is written: a status poll of a line whose registration is already recorded costs
        // one DynamoDB round trip (and write unit) less.
        if (!alreadyRecorded(line, result) && !store.recordRegistration(line, result.statusCode(), result.errorMessage())) {
            // Deleted between the read and the write.
            throw new RegistrationNotFound();
        }
        return new RegistrationStatus(regId, clock.instant(), result);
    }

    private static boolean alreadyRecorded(SipLine line, RegistrationResult result) {
        return Objects.equals(line.registrationStatusCode(), result.statusCode())
                && result.errorMessage().equals(line.registrationErrorMessage());
    }
}
