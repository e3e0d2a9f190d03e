package com.telephony.signalwire.sipendpoints;

/**
 * One field of a request as received, before any rule: not sent, sent as {@code null}, sent with a value of the
 * expected JSON type, or sent with another type. The rules need all four apart (a PUT must carry
 * {@code calling_handler_resource_id}, and {@code null} is a valid value there but not elsewhere).
 */
public final class FieldInput<T> {
    public enum State {
        ABSENT,
        NULL,
        VALUE,
        WRONG_TYPE
    }

    private static final FieldInput<?> ABSENT = new FieldInput<>(State.ABSENT, null);
    private static final FieldInput<?> NULL = new FieldInput<>(State.NULL, null);
    private static final FieldInput<?> WRONG_TYPE = new FieldInput<>(State.WRONG_TYPE, null);

    private final State state;
    private final T value;

    private FieldInput(State state, T value) {
        this.state = state;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldInput<T> absent() {
        return (FieldInput<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldInput<T> nullValue() {
        return (FieldInput<T>) NULL;
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldInput<T> wrongType() {
        return (FieldInput<T>) WRONG_TYPE;
    }

    public static <T> FieldInput<T> of(T value) {
        if (value == null) {
            throw new IllegalArgumentException("use nullValue() for an explicit null");
        }
        return new FieldInput<>(State.VALUE, value);
    }

    public State state() {
        return state;
    }

    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** The value; only meaningful in state {@link State#VALUE}. */
    public T value() {
        return value;
    }

    @Override
    public String toString() {
        return state == State.VALUE ? "VALUE(" + value + ")" : state.name();
    }
}
