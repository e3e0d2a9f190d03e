package com.telephony.domain.sip;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Secrets;

/** Use cases on SIP lines. Callers only ever see and change the lines of their own application. */
public final class SipLineService {
    /** At most this many cloud lines per portal, all applications counted (contract §3.1, Q13). */
    public static final int MAX_CLOUD_LINES = 10;
    /** Concurrent writers to one line make an update or delete re-read and retry; this many times at most. */
    static final int MAX_ATTEMPTS = 25;

    private final SipLineStore store;

    public SipLineService(SipLineStore store) {
        this.store = store;
    }

    /**
     * voximplant.sip.add: validates, then stores with the cloud-limit and title guards in one transaction.
     * Returns the line as Bitrix24 answers it: an office line's registration status is still {@code null} here,
     * while the stored copy already says 0 (Bitrix24 runs an internal update right after creating the credentials).
     */
    public SipLine add(Caller caller, SipLineDraft draft) {
        SipLineRules.Checked checked = SipLineRules.forAdd(draft);
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(caller, checked);
            } catch (ConcurrentAllocation taken) {
                // another add claimed the ids first; nothing was written, so read fresh ones
                if (attempt >= MAX_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** One attempt: the next ids, claimed by the same transaction that writes the line and its guards. */
    private SipLine insert(Caller caller, SipLineRules.Checked checked) {
        boolean cloud = checked.type() == SipLineType.CLOUD;
        SipLineIds ids = store.allocateIds(caller.portalId(), cloud);
        String title = checked.title() == null ? "" : checked.title();
        SipLine line = new SipLine(
                LineOwner.of(caller), ids.id(), ids.configId(), checked.type(), ids.regId(), title,
                checked.server(), checked.login(), checked.password(),
                cloud ? null : "ip." + caller.portal().slug() + ".bitrixphone.com",
                cloud ? null : "sip" + ids.configId(),
                cloud ? null : Secrets.randomHex(16),
                null, null, SipLine.DEFAULT_DETECT_LINE_NUMBER, SipLine.DEFAULT_HEADER_ORDER, null, null);
        store.insert(cloud ? line : line.withRegistrationStatus(0, null), MAX_CLOUD_LINES);
        return line;
    }

    /**
     * voximplant.sip.update, in Bitrix24's order (contract §4.2): the line must be the caller's own, then a call
     * with no field to change succeeds without touching anything (Q1), then fields are checked, then the title's
     * uniqueness (the line's own title excluded) and the write happen atomically.
     */
    public void update(Caller caller, long configId, SipLineDraft draft) {
        LineOwner owner = LineOwner.of(caller);
        SipLine current = ownLine(owner, configId);
        if (draft.changesNothing()) {
            return;
        }
        SipLineChange change = SipLineChange.of(SipLineRules.forUpdate(draft));
        for (int attempt = 1; !store.update(current, change); attempt++) {
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException("line " + configId + " kept changing while being updated");
            }
            current = ownLine(owner, configId);
        }
    }

    /** voximplant.sip.delete: the caller's own line, with its title, REG_ID and cloud-line slot freed at once. */
    public void delete(Caller caller, long configId) {
        LineOwner owner = LineOwner.of(caller);
        SipLine current = ownLine(owner, configId);
        for (int attempt = 1; !store.delete(current); attempt++) {
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException("line " + configId + " kept changing while being deleted");
            }
            current = ownLine(owner, configId);
        }
    }

    /** Other owners' lines live under other keys, so they are simply not found: nobody learns they exist. */
    private SipLine ownLine(LineOwner owner, long configId) {
        if (configId <= 0) {
            throw new SipLineNotFound();
        }
        return store.find(owner, configId).orElseThrow(SipLineNotFound::new);
    }
}
