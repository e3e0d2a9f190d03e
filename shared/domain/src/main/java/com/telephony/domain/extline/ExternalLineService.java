package com.telephony.domain.extline;

import com.telephony.domain.ConcurrentAllocation;

import com.telephony.domain.tenancy.Caller;

import java.util.List;

/**
 * Use cases on external lines (docs/bitrix24/external-lines.md). A caller only ever sees and changes the lines of its own application;
 * the edge has already refused callers outside an application context. Checks run in Bitrix24's order, so a call
 * with several faults gets the error Bitrix24 would give.
 */
public final class ExternalLineService {
    /** Adds racing for the same portal's next id: each round one of them wins. */
    static final int MAX_ALLOCATION_ATTEMPTS = 25;

    private final ExternalLineStore store;

    public ExternalLineService(ExternalLineStore store) {
        this.store = store;
    }

    /** telephony.externalLine.add: NUMBER empty → already exists → does not fit its column. */
    public ExternalLine add(Caller caller, NewExternalLine command) {
        String number = ExternalLineRules.number(command.number());
        ExternalLineOwner owner = ExternalLineOwner.of(caller);
        if (!ExternalLineRules.numberFits(number)) {
            // Never stored, so it cannot already exist: Bitrix24 gets as far as the failing insert.
            throw new ExternalLineTooLong(ExternalLineTooLong.Field.NUMBER, ExternalLineRules.MAX_NUMBER_LENGTH);
        }
        String name = command.name() == null ? "" : command.name();
        if (!ExternalLineRules.nameFits(name)) {
            // Bitrix24 looks for the number before its insert fails, so a duplicate is reported first.
            if (store.find(owner, number).isPresent()) {
                throw new ExternalLineExists();
            }
            throw new ExternalLineTooLong(ExternalLineTooLong.Field.NAME, ExternalLineRules.MAX_NAME_LENGTH);
        }
        boolean crmAutoCreate = command.crmAutoCreate() == null || command.crmAutoCreate();
        for (int attempt = 1; ; attempt++) {
            // the id is claimed by the insert itself, so a failed insert never advances the sequence
            ExternalLine line = new ExternalLine(owner, store.allocateId(owner.portalId()), number, name, crmAutoCreate);
            try {
                store.insert(line);
                return line;
            } catch (ConcurrentAllocation taken) {
                if (attempt >= MAX_ALLOCATION_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** telephony.externalLine.get: every line of the caller's application, oldest first. */
    public List<ExternalLine> list(Caller caller) {
        return store.list(ExternalLineOwner.of(caller));
    }

    /** telephony.externalLine.update: no fields → NUMBER empty → not found → update . */
    public ExternalLine update(Caller caller, ExternalLineChanges changes) {
        if (changes.changesNothing()) {
            throw new NoExternalLineChanges();
        }
        String number = ExternalLineRules.number(changes.number());
        ExternalLineOwner owner = ExternalLineOwner.of(caller);
        if (!ExternalLineRules.numberFits(number)) {
            throw new ExternalLineNotFound(number);
        }
        if (!ExternalLineRules.nameFits(changes.name())) {
            if (store.find(owner, number).isEmpty()) {
                throw new ExternalLineNotFound(number);
            }
            throw new ExternalLineTooLong(ExternalLineTooLong.Field.NAME, ExternalLineRules.MAX_NAME_LENGTH);
        }
        return store.update(owner, number, changes.name(), changes.crmAutoCreate());
    }

    /** telephony.externalLine.delete: NUMBER empty → not found → delete. */
    public void delete(Caller caller, String givenNumber) {
        String number = ExternalLineRules.number(givenNumber);
        if (!ExternalLineRules.numberFits(number)) {
            throw new ExternalLineNotFound(number);
        }
        store.delete(ExternalLineOwner.of(caller), number);
    }
}
