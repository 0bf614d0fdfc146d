package com.messageguard.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /check/batch}: many drafts in one request, for template libraries and bulk tools; it
 * saves a round trip per draft. Each item is checked, counted and answered as {@code /check} would;
 * one invalid item fails the whole batch with a 400 naming it ({@code items[3].body}).
 */
@RestController
public class BatchController {

    private final RequestChecker checker;

    public BatchController(RequestChecker checker) {
        this.checker = checker;
    }

    @PostMapping(path = "/check/batch", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public BatchResponse check(@Valid @RequestBody BatchRequest request) {
        List<CheckResponse> results = new ArrayList<>(request.items().size());
        for (CheckRequest item : request.items()) {
            results.add(checker.check(item));
        }
        return new BatchResponse(results);
    }
}
