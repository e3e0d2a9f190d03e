package com.telephony.domain.sip;

import com.telephony.domain.sip.ConfigIdRange;

import java.util.List;
import java.util.Optional;

/** Port: where SIP lines live. Every invariant (cloud limit, unique titles) is enforced atomically by the store. */
public interface SipLineStore {
    /**
     * The next portal-wide unique identifiers (a REG_ID only when {@code cloud}), claimed only by the
     * {@link #insert} that stores a line with them.
     */
    SipLineIds allocateIds(String portalId, boolean cloud);

    /**
     * Stores a new line in one atomic step together with its guards and the claim of its ids.
     *
     * @throws com.telephony.domain.ConcurrentAllocation if another add claimed the ids first (nothing written)
     * @throws CloudLineLimitReached if the line is a cloud line and the portal already has {@code cloudLimit}
     *                               (checked before the title, as Bitrix24 does)
     * @throws SipLineTitleTaken     if its non-empty title is already used in the portal
     */
    void insert(SipLine line, int cloudLimit);

    Optional<SipLine> find(LineOwner owner, long configId);

    /** The owner's lines whose CONFIG_ID lies in {@code configIds}, in CONFIG_ID order; read from the owner's data only. */
    List<SipLine> list(LineOwner owner, ConfigIdRange configIds);

    /**
     * Writes only the changed attributes of {@code current} (and REGISTRATION_STATUS_CODE 0 when the change resets
     * the registration). A title change moves the line's title guard in the same atomic step.
     *
     * @return {@code false} if the line is gone, or its title is no longer {@code current}'s (a concurrent update
     * won): nothing was written, and the caller re-reads and tries again
     * @throws SipLineTitleTaken if another line of the portal holds the new title
     */
    boolean update(SipLine current, SipLineChange change);

    /**
     * Deletes the line with everything that belongs to it, atomically: its title guard, its REG_ID pointer and its
     * slot in the portal's cloud-line count.
     *
     * @return {@code false} if the line is gone or its title changed since {@code current} was read; nothing was
     * deleted, and the caller re-reads and tries again
     */
    boolean delete(SipLine current);

    /** The portal's line (of whichever owner) whose registration is {@code regId}. */
    Optional<SipLine> findByRegistration(String portalId, long regId);

    /** @return {@code false} if the line no longer exists (nothing written) */
    boolean recordRegistration(SipLine line, int statusCode, String errorMessage);
}
