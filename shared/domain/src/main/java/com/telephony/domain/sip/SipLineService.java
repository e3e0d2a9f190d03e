package com.telephony.domain.sip;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.tenancy.Caller;
import com.telephony.domain.tenancy.Portal;
import com.telephony.domain.tenancy.Secrets;

import java.util.function.Function;

/** Use cases on SIP lines. Callers only ever see and change the lines of their own application. */
public final class SipLineService {
    /** At most this many cloud lines per portal, all applications counted (docs/bitrix24/sip-lines.md, "Limits"). */
    public static final int MAX_CLOUD_LINES = 10;
    /** Concurrent writers to one line make an update or delete re-read and retry; this many times at most. */
    static final int MAX_ATTEMPTS = 25;

    private final SipLineStore store;
    private final Function<Portal, String> incomingServer;

    /**
     * @param incomingServer the host an office line's PBX registers to, for a portal: the platform's name for it,
     *                       which the protocol edge knows
     */
    public SipLineService(SipLineStore store, Function<Portal, String> incomingServer) {
        this.store = store;
        this.incomingServer = incomingServer;
    }

    /**
     * Adds a line: validates, then stores with the cloud-limit and title guards in one atomic step. Returns the line
     * as first created: an office line's registration status is still {@code null} here, while the stored copy
     * already says 0 (the original runs an internal update right after creating the credentials).
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
                cloud ? null : incomingServer.apply(caller.portal()),
                cloud ? null : "sip" + ids.configId(),
                cloud ? null : Secrets.randomHex(16),
                null, null, SipLine.DEFAULT_DETECT_LINE_NUMBER, SipLine.DEFAULT_HEADER_ORDER, null, null);
        store.insert(cloud ? line : line.withRegistrationStatus(0, null), MAX_CLOUD_LINES);
        return line;
    }

    /**
     * Updates a line, in the original's order (docs/bitrix24/sip-lines.md, "Update"): the line must be the caller's
     * own, then a call with no field to change succeeds without touching anything, then fields are checked, then the
     * title's uniqueness (the line's own title excluded) and the write happen atomically. A write refused because
     * the line changed meanwhile is retried on a fresh read.
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

    /** Deletes the caller's own line, with its title, REG_ID and cloud-line slot freed at once. */
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
