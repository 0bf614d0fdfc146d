package com.messageguard.web;

import com.messageguard.account.SellerAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /check}: one draft in, its verdict and violations out. With {@code context.orderId}
 * and the ledger on, the ledger completes the context first (see {@link RequestChecker}).
 */
@RestController
@Tag(name = "Check", description = "Check drafts before they are sent")
public class CheckController {

    private final RequestChecker checker;

    public CheckController(RequestChecker checker) {
        this.checker = checker;
    }

    @Operation(summary = "Check one draft",
            description = "Answers the verdict and every violation, with the exact characters at fault and, where a safe "
                    + "edit exists, its fix. With `suggestFix` also the draft with every fix applied, checked again.")
    @ApiResponse(responseCode = "200", description = "The draft was checked, whatever was found")
    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request, @Parameter(hidden = true) SellerAccount account) {
        return checker.check(request, account);
    }
}
