package com.messageguard.web;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error as {@code application/problem+json}. Spring MVC's own exceptions (405, 415, 406, ...)
 * come through {@link ResponseEntityExceptionHandler}; this class words the 400s so a client sees
 * which field is wrong, and never echoes what the client sent in the message text.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> body = ex.getParameter().getParameterType();
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(JsonFieldNames.of(body, e.getField()), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return problem(Problems.invalidRequest(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(JsonProblems.describe(ex), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(headers, request);
    }

    /** Every problem this handler answers with, Spring's own included, gets its type and title. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.typed(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Anything else is our fault: a 500 that says so and leaks nothing. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error while handling {}", path(request), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not check this request. The error was logged.");
        return problem(problem, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> notFound(HttpHeaders headers, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "No endpoint at " + path(request)
                + ". The service answers POST /check, POST /check/batch, GET /rules, GET /health, GET /metrics, the API docs "
                + "at GET /v3/api-docs and the playground at GET /."), headers, request);
    }

    private ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return handleExceptionInternal(new RuntimeException(problem.getDetail()), problem, headers,
                HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "this path";
    }

    /** Words Jackson's parse and binding errors for clients, without quoting the input. */
    static final class JsonProblems {

        private JsonProblems() {
        }

        static ProblemDetail describe(HttpMessageNotReadableException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof BatchRequestDeserializer.TooManyItems tooMany) {
                return Problems.invalidRequest(List.of(new FieldError(BatchRequestDeserializer.ITEMS, tooMany.problem())));
            }
            if (cause instanceof StreamConstraintsException) {
                return Problems.of(HttpStatus.BAD_REQUEST, "The JSON document is nested too deeply or holds a value that is too long.");
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                return Problems.invalidRequest(List.of(new FieldError(field, expected(mismatch))));
            }
            if (cause instanceof MismatchedInputException) {
                return Problems.of(HttpStatus.BAD_REQUEST, "The request body must be a JSON object.");
            }
            if (cause instanceof InputCoercionException range) {
                return Problems.of(HttpStatus.BAD_REQUEST, "A number is out of range" + where(range.getLocation()) + ".");
            }
            if (cause instanceof StreamReadException parse) {
                return Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON" + where(parse.getLocation()) + ".");
            }
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return Problems.invalidRequest(List.of(new FieldError(path(json), "has an invalid value")));
            }
            if (cause == null) {
                return Problems.of(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON.");
            }
            return Problems.of(HttpStatus.BAD_REQUEST, "The request body is not a valid JSON document for this endpoint.");
        }

        private static String expected(MismatchedInputException e) {
            Class<?> type = e.getTargetType();
            if (type == null) {
                return "has a value of the wrong type";
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "must be a whole number within range";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "must be true or false";
            }
            if (type == String.class) {
                return "must be a string";
            }
            if (List.class.isAssignableFrom(type)) {
                return "must be an array";
            }
            return "must be a JSON object";
        }

        private static String where(TokenStreamLocation location) {
            if (location == null || location.getLineNr() <= 0) {
                return "";
            }
            return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }

        /** "attachments[0].sizeBytes": the same notation as validation errors use. */
        private static String path(JacksonException e) {
            StringBuilder out = new StringBuilder();
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!out.isEmpty()) {
                        out.append('.');
                    }
                    out.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    out.append('[').append(ref.getIndex()).append(']');
                }
            }
            return out.isEmpty() ? "(body)" : out.toString();
        }
    }
}
