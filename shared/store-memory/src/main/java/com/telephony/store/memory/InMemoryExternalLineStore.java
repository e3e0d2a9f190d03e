package com.telephony.store.memory;

import com.telephony.domain.extline.ExternalLine;
import com.telephony.domain.extline.ExternalLineExists;
import com.telephony.domain.extline.ExternalLineNotFound;
import com.telephony.domain.extline.ExternalLineOwner;
import com.telephony.domain.extline.ExternalLineStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * External lines in memory. Every write is one atomic map operation on one line (put-if-absent, change-if-present,
 * remove-if-present), the same single-item conditions the DynamoDB adapter uses.
 */
public final class InMemoryExternalLineStore implements ExternalLineStore {
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final ConcurrentMap<ExternalLineOwner, ConcurrentMap<String, ExternalLine>> lines = new ConcurrentHashMap<>();

    @Override
    public long allocateId(String portalId) {
        return sequences.computeIfAbsent(portalId, id -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void insert(ExternalLine line) {
        if (lines(line.owner()).putIfAbsent(line.number(), line) != null) {
            throw new ExternalLineExists();
        }
    }

    @Override
    public Optional<ExternalLine> find(ExternalLineOwner owner, String number) {
        return Optional.ofNullable(lines(owner).get(number));
    }

    @Override
    public List<ExternalLine> list(ExternalLineOwner owner) {
        return lines(owner).values().stream().sorted(Comparator.comparingLong(ExternalLine::id)).toList();
    }

    @Override
    public ExternalLine update(ExternalLineOwner owner, String number, String name, Boolean crmAutoCreate) {
        ExternalLine changed = lines(owner).computeIfPresent(number, (key, stored) -> new ExternalLine(stored.owner(),
                stored.id(), stored.number(), name == null ? stored.name() : name,
                crmAutoCreate == null ? stored.crmAutoCreate() : crmAutoCreate));
        if (changed == null) {
            throw new ExternalLineNotFound(number);
        }
        return changed;
    }

    @Override
    public void delete(ExternalLineOwner owner, String number) {
        if (lines(owner).remove(number) == null) {
            throw new ExternalLineNotFound(number);
        }
    }

    private ConcurrentMap<String, ExternalLine> lines(ExternalLineOwner owner) {
        return lines.computeIfAbsent(owner, key -> new ConcurrentHashMap<>());
    }
}
