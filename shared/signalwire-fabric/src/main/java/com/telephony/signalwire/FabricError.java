package com.telephony.signalwire;

import java.util.List;

/**
 * A wire error of the Fabric API: a status, and for 422 the validation items (docs/signalwire/errors.md). Every other status
 * answers {@code {"error": <reason phrase>}}.
 */
public final class FabricError extends RuntimeException {
    static final String MISSING_REQUIRED_PARAMETER = "missing_required_parameter";
    static final String INVALID_PARAMETER = "invalid_parameter";
    static final String NOT_UNIQUE_WITHIN_PROJECT = "not_unique_within_project";
    static final String PAGE_TOKEN_REQUIRED = "page_token_required";
    static final String PAGE_TOKEN_IS_INVALID = "page_token_is_invalid";

    private final int status;
    private final List<ValidationError> errors;

    private FabricError(int status, List<ValidationError> errors) {
        super(status + " " + errors, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<ValidationError> errors() {
        return errors;
    }

    /** Malformed JSON, a body that is not an object, or a content type other than JSON (docs/signalwire/errors.md, "Bodies"). */
    public static FabricError badRequest() {
        return new FabricError(400, List.of());
    }

    public static FabricError unauthorized() {
        return new FabricError(401, List.of());
    }

    public static FabricError notFound() {
        return new FabricError(404, List.of());
    }

    public static FabricError internal() {
        return new FabricError(500, List.of());
    }

    public static FabricError validation(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a 422 names at least one error");
        }
        return new FabricError(422, errors);
    }

    /** A required field that is absent, null or blank. */
    public static ValidationError missingParameter(String attribute, String message) {
        return new ValidationError(MISSING_REQUIRED_PARAMETER, attribute, message);
    }

    /** A field of the wrong type, an unknown enum value, a bad format or too long; a list parameter out of range. */
    public static ValidationError invalidParameter(String attribute, String message) {
        return new ValidationError(INVALID_PARAMETER, attribute, message);
    }

    public static ValidationError pageTokenRequired() {
        return new ValidationError(PAGE_TOKEN_REQUIRED, "page_token",
                "A page token is required if the page_number value is greater than 0");
    }

    public static ValidationError pageTokenInvalid() {
        return new ValidationError(PAGE_TOKEN_IS_INVALID, "page_token", "page_token is invalid");
    }

    /** For logs and metrics: the first validation code of a 422, else the reason phrase. */
    String logCode() {
        return errors.isEmpty() ? reasonPhrase() : errors.get(0).code();
    }

    /** The fixed {@code error} string of a status (docs/signalwire/errors.md, "Bodies"). */
    String reasonPhrase() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            default -> "Internal Server Error";
        };
    }
}
