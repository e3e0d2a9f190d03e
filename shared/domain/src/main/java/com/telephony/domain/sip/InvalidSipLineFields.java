package com.telephony.domain.sip;

import java.util.List;

/** One or more field rules failed; every problem is kept, in the order the fields are checked. */
public final class InvalidSipLineFields extends SipLineError {
    private final List<SipLineProblem> problems;

    public InvalidSipLineFields(List<SipLineProblem> problems) {
        super("invalid SIP line fields: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<SipLineProblem> problems() {
        return problems;
    }

    @Override
    public <R> R handledBy(Handler<R> handler) {
        return handler.invalidFields(this);
    }
}
