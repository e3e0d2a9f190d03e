package com.telephony.store.memory;

import com.telephony.domain.ConcurrentAllocation;
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
 * External lines in memory, with the DynamoDB adapter's conditions: reading the next id claims nothing; an insert
 * claims its id and puts the line if absent in one step under the portal's lock (the adapter's transaction), and
 * changes and deletes are one atomic map operation on one line (change-if-present, remove-if-present).
 */
public final class InMemoryExternalLineStore implements ExternalLineStore {
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final ConcurrentMap<ExternalLineOwner, ConcurrentMap<String, ExternalLine>> lines = new ConcurrentHashMap<>();

    @Override
    public long allocateId(String portalId) {
        return sequence(portalId).get() + 1;
    }

    @Override
    public void insert(ExternalLine line) {
        AtomicLong sequence = sequence(line.owner().portalId());
        synchronized (sequence) {
            // the claim comes first, as in the adapter's transaction: every add moves the sequence forward
            if (sequence.get() >= line.id()) {
                throw new ConcurrentAllocation();
            }
            if (lines(line.owner()).putIfAbsent(line.number(), line) != null) {
                throw new ExternalLineExists();
            }
            sequence.set(line.id());
        }
    }

    private AtomicLong sequence(String portalId) {
        return sequences.computeIfAbsent(portalId, id -> new AtomicLong());
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
