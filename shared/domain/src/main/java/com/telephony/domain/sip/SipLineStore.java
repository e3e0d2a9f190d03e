package com.telephony.domain.sip;

import java.util.Optional;

/** Port: where SIP lines live. Every invariant (cloud limit, unique titles) is enforced atomically by the store. */
public interface SipLineStore {
    /** Allocates fresh, portal-wide unique identifiers; a REG_ID only when {@code cloud}. Gaps are allowed. */
    SipLineIds allocateIds(String portalId, boolean cloud);

    /**
     * Stores a new line in one atomic step together with its guards.
     *
     * @throws CloudLineLimitReached if the line is a cloud line and the portal already has {@code cloudLimit}
     *                               (checked before the title, as Bitrix24 does)
     * @throws SipLineTitleTaken     if its non-empty title is already used in the portal
     */
    void insert(SipLine line, int cloudLimit);

    Optional<SipLine> find(LineOwner owner, long configId);
}
