package com.telephony.store.memory;

import com.telephony.domain.ConcurrentAllocation;
import com.telephony.domain.sip.CloudLineLimitReached;
import com.telephony.domain.sip.ConfigIdRange;
import com.telephony.domain.sip.LineOwner;
import com.telephony.domain.sip.SipLine;
import com.telephony.domain.sip.SipLineChange;
import com.telephony.domain.sip.SipLineIds;
import com.telephony.domain.sip.SipLineRules;
import com.telephony.domain.sip.SipLineStore;
import com.telephony.domain.sip.SipLineTitleTaken;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIP lines in memory, with the DynamoDB adapter's semantics: reading the next ids claims nothing; each write checks
 * its guards (the ids still unclaimed, cloud count, title, the title it read) and applies everything or nothing, under one lock per portal, so the invariants hold under any
 * concurrency. Reads return immutable records, so no caller can change a stored line behind the store's back.
 */
public final class InMemorySipLineStore implements SipLineStore {
    private final Map<String, Portal> portals = new ConcurrentHashMap<>();

    /** Everything of one portal: the unit of atomicity, as the portal's items are in the DynamoDB table. */
    private static final class Portal {
        long lineIds;
        long configIds;
        long regIds;
        int cloudLines;
        final Map<String, TreeMap<Long, SipLine>> linesByApplication = new HashMap<>();
        /** title key -> the line holding it */
        final Map<String, Key> titles = new HashMap<>();
        /** REG_ID -> the line registered under it */
        final Map<Long, Key> registrations = new HashMap<>();

        TreeMap<Long, SipLine> lines(String applicationId) {
            return linesByApplication.computeIfAbsent(applicationId, app -> new TreeMap<>());
        }
    }

    private record Key(String applicationId, long configId) {
        static Key of(SipLine line) {
            return new Key(line.owner().applicationId(), line.configId());
        }
    }

    private Portal portal(String portalId) {
        return portals.computeIfAbsent(portalId, id -> new Portal());
    }

    @Override
    public SipLineIds allocateIds(String portalId, boolean cloud) {
        Portal portal = portal(portalId);
        synchronized (portal) {
            return new SipLineIds(portal.lineIds + 1, portal.configIds + 1,
                    cloud ? SipLineIds.REG_ID_BASE + portal.regIds + 1 : null);
        }
    }

    @Override
    public void insert(SipLine line, int cloudLimit) {
        Portal portal = portal(line.owner().portalId());
        String titleKey = SipLineRules.titleKey(line.title());
        synchronized (portal) {
            // the claim of the ids comes first, as in the adapter's transaction: every add moves lineIds forward
            if (portal.lineIds >= line.id()) {
                throw new ConcurrentAllocation();
            }
            if (line.isCloud() && portal.cloudLines >= cloudLimit) {
                throw new CloudLineLimitReached(cloudLimit);
            }
            if (line.isCloud() && portal.registrations.containsKey(line.regId())) {
                throw new IllegalStateException("REG_ID collision while inserting line " + line.configId());
            }
            if (!titleKey.isEmpty() && portal.titles.containsKey(titleKey)) {
                throw new SipLineTitleTaken();
            }
            TreeMap<Long, SipLine> lines = portal.lines(line.owner().applicationId());
            if (lines.containsKey(line.configId())) {
                throw new IllegalStateException("identifier collision while inserting line " + line.configId());
            }
            lines.put(line.configId(), line);
            portal.lineIds = line.id();
            portal.configIds = line.configId();
            if (line.isCloud()) {
                portal.regIds = line.regId() - SipLineIds.REG_ID_BASE;
            }
            if (!titleKey.isEmpty()) {
                portal.titles.put(titleKey, Key.of(line));
            }
            if (line.isCloud()) {
                portal.cloudLines++;
                portal.registrations.put(line.regId(), Key.of(line));
            }
        }
    }

    @Override
    public Optional<SipLine> find(LineOwner owner, long configId) {
        Portal portal = portal(owner.portalId());
        synchronized (portal) {
            return Optional.ofNullable(portal.lines(owner.applicationId()).get(configId));
        }
    }

    @Override
    public List<SipLine> list(LineOwner owner, ConfigIdRange configIds) {
        if (configIds.isEmpty()) {
            return List.of();
        }
        Portal portal = portal(owner.portalId());
        synchronized (portal) {
            return List.copyOf(portal.lines(owner.applicationId())
                    .subMap(configIds.from(), true, configIds.to(), true).values());
        }
    }

    @Override
    public boolean update(SipLine current, SipLineChange change) {
        Portal portal = portal(current.owner().portalId());
        synchronized (portal) {
            TreeMap<Long, SipLine> lines = portal.lines(current.owner().applicationId());
            SipLine stored = lines.get(current.configId());
            if (stored == null || (change.title() != null && !stored.title().equals(current.title()))) {
                return false;
            }
            String newTitleKey = change.title() == null ? null : SipLineRules.titleKey(change.title());
            if (change.movesTitle(current)) {
                if (!newTitleKey.isEmpty() && portal.titles.containsKey(newTitleKey)) {
                    throw new SipLineTitleTaken();
                }
                portal.titles.remove(SipLineRules.titleKey(current.title()), Key.of(current));
                if (!newTitleKey.isEmpty()) {
                    portal.titles.put(newTitleKey, Key.of(current));
                }
            }
            SipLine changed = new SipLine(stored.owner(), stored.id(), stored.configId(), stored.type(), stored.regId(),
                    orElse(change.title(), stored.title()), orElse(change.server(), stored.server()),
                    orElse(change.login(), stored.login()), orElse(change.password(), stored.password()),
                    stored.incomingServer(), stored.incomingLogin(), stored.incomingPassword(), stored.authUser(),
                    stored.outboundProxy(), stored.detectLineNumber(), stored.lineDetectHeaderOrder(),
                    change.resetsRegistration() ? Integer.valueOf(0) : stored.registrationStatusCode(),
                    stored.registrationErrorMessage());
            lines.put(changed.configId(), changed);
            return true;
        }
    }

    @Override
    public boolean delete(SipLine current) {
        Portal portal = portal(current.owner().portalId());
        synchronized (portal) {
            TreeMap<Long, SipLine> lines = portal.lines(current.owner().applicationId());
            SipLine stored = lines.get(current.configId());
            if (stored == null || !stored.title().equals(current.title())) {
                return false;
            }
            lines.remove(current.configId());
            portal.titles.remove(SipLineRules.titleKey(stored.title()), Key.of(stored));
            if (stored.isCloud()) {
                portal.cloudLines--;
                portal.registrations.remove(stored.regId(), Key.of(stored));
            }
            return true;
        }
    }

    @Override
    public Optional<SipLine> findByRegistration(String portalId, long regId) {
        Portal portal = portal(portalId);
        synchronized (portal) {
            Key key = portal.registrations.get(regId);
            return key == null ? Optional.empty() : Optional.ofNullable(portal.lines(key.applicationId()).get(key.configId()));
        }
    }

    @Override
    public boolean recordRegistration(SipLine line, int statusCode, String errorMessage) {
        Portal portal = portal(line.owner().portalId());
        synchronized (portal) {
            TreeMap<Long, SipLine> lines = portal.lines(line.owner().applicationId());
            SipLine stored = lines.get(line.configId());
            if (stored == null) {
                return false;
            }
            lines.put(stored.configId(), stored.withRegistrationStatus(statusCode, errorMessage));
            return true;
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
