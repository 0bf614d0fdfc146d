package com.messageguard.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem documents every error of the API answers with. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    /** A 400 whose detail sums up the errors and whose {@code errors} array names every bad field. */
    static ProblemDetail invalidRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "Invalid field " + errors.get(0).field() + ": " + errors.get(0).message() + "."
                : "The request has " + errors.size() + " invalid fields: "
                        + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()) + ".";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
