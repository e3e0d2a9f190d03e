package com.telephony.domain.extline;

import java.util.List;
import java.util.Optional;

/**
 * Port: where external lines live. Each operation is one atomic step on one line, so concurrent calls can neither
 * create a number twice nor bring a deleted line back.
 */
public interface ExternalLineStore {
    /** The next portal-wide unique line id, claimed only by the {@link #insert} that stores a line with it. */
    long allocateId(String portalId);

    /**
     * Stores a new line if its owner has no line with that number yet.
     *
     * @throws ExternalLineExists if the owner already has the number
     * @throws com.telephony.domain.ConcurrentAllocation if another add claimed the id first (nothing written)
     */
    void insert(ExternalLine line);

    Optional<ExternalLine> find(ExternalLineOwner owner, String number);

    /** Every line of the owner, oldest first (Bitrix24's database order). */
    List<ExternalLine> list(ExternalLineOwner owner);

    /**
     * Changes the given fields of an existing line; a {@code null} field keeps its value.
     *
     * @return the line after the change
     * @throws ExternalLineNotFound if the owner has no line with that number at the moment of the write
     */
    ExternalLine update(ExternalLineOwner owner, String number, String name, Boolean crmAutoCreate);

    /** @throws ExternalLineNotFound if the owner has no line with that number at the moment of the write */
    void delete(ExternalLineOwner owner, String number);
}
