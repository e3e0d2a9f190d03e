package com.telephony.domain.fabric;

import com.telephony.domain.DomainException;

import java.util.List;

/** One or more fields failed their rules; one problem per failing field, in the order the fields are documented. */
public final class InvalidSipEndpointFields extends DomainException {
    private final List<FieldProblem> problems;

    public InvalidSipEndpointFields(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).reduce((a, b) -> a + "; " + b).orElse("invalid fields"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
