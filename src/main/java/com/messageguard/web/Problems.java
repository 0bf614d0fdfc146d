package com.messageguard.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem documents every error of the API answers with. */
final class Problems {

    private Problems() {
    }

    private static final String TYPE_PREFIX = "urn:message-guard:problem:";

    static ProblemDetail of(HttpStatusCode status, String detail) {
        return typed(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /**
     * Gives a problem its {@code type} and {@code title} from its status, e.g.
     * {@code urn:message-guard:problem:bad-request}; Spring leaves {@code about:blank}, which is
     * not serialized, and API.md promises a type on every error.
     */
    static ProblemDetail typed(ProblemDetail problem) {
        HttpStatus known = HttpStatus.resolve(problem.getStatus());
        String title = known == null ? "Error" : known.getReasonPhrase();
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(typeFor(problem.getStatus())));
        }
        if (problem.getTitle() == null) {
            problem.setTitle(title);
        }
        return problem;
    }

    static String typeFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null ? "error" : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        return TYPE_PREFIX + slug;
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
