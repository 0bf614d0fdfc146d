package com.messageguard.web;

import com.messageguard.account.SellerAccount;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Check")
public class BatchController {

    private final RequestChecker checker;

    public BatchController(RequestChecker checker) {
        this.checker = checker;
    }

    @Operation(summary = "Check many drafts in one request",
            description = "Up to `messageguard.batch.max-items` (100) drafts; each result is exactly what `POST /check` "
                    + "answers for that item, in item order. One invalid item fails the batch with a 400 naming it "
                    + "(`items[3].body`). The size limit is the single request's times the item limit.")
    @ApiResponse(responseCode = "200", description = "Every draft was checked")
    @PostMapping(path = "/check/batch", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public BatchResponse check(@Valid @RequestBody BatchRequest request, @Parameter(hidden = true) SellerAccount account) {
        List<CheckResponse> results = new ArrayList<>(request.items().size());
        for (CheckRequest item : request.items()) {
            results.add(checker.check(item, account));
        }
        return new BatchResponse(results);
    }
}
