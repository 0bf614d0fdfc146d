package com.messageguard.web;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /check}: one draft in, its verdict and violations out. */
@RestController
public class CheckController {

    private final RequestChecker checker;

    public CheckController(RequestChecker checker) {
        this.checker = checker;
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request) {
        return checker.check(request);
    }
}
