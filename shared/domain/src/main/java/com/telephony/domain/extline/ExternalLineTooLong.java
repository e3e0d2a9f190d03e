package com.telephony.domain.extline;

/**
 * A value does not fit Bitrix24's columns (NUMBER varchar(50), NAME varchar(255)). There the database write fails
 * and the method answers its generic "DB error"; here the same answer comes before anything is written.
 */
public final class ExternalLineTooLong extends ExternalLineError {
    /** The field whose value is too long. */
    public enum Field {
        NUMBER,
        NAME
    }

    private final Field field;

    public ExternalLineTooLong(Field field, int limit) {
        super(field + " exceeds " + limit + " characters");
        this.field = field;
    }

    public Field field() {
        return field;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.tooLong(this);
    }
}
