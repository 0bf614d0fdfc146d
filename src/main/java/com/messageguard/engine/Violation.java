package com.messageguard.engine;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A finding explained for the seller: the element of the /check response. {@code fix}, when not
 * null, is a safe edit that removes the finding (drop a contact detail, plain letters for styled
 * ones); wording only the seller can rewrite has none. {@code detail} names what inside the rule
 * found it, where that helps (LanguageTool's rule id for {@code spelling-grammar}). Null
 * components are left out of the JSON.
 */
@Schema(description = "One thing in the draft that breaks Amazon's messaging policy.")
public record Violation(
        @Schema(description = "A rule id (`GET /rules`).", example = "email-address", requiredMode = Schema.RequiredMode.REQUIRED)
        String rule,
        @Schema(description = "`BLOCK`: Amazon would block the message or hold it against the account. `WARN`: a risk; "
                + "the message can still be sent.", requiredMode = Schema.RequiredMode.REQUIRED)
        Severity severity,
        @Schema(description = "`subject`, `body`, `contactReason`, `orderAgeDays`, `daysSinceDelivery`, `attachments[i]` "
                + "or `context.<name>`.", example = "body", requiredMode = Schema.RequiredMode.REQUIRED)
        String field,
        @Schema(description = "Text findings only: UTF-16 code-unit offset into the ORIGINAL text of `field` (what "
                + "JavaScript's `String.slice` takes), also when the finding was made in normalized text.", example = "107")
        Integer start,
        @Schema(description = "Text findings only: the end offset, exclusive.", example = "128")
        Integer end,
        @Schema(description = "Text findings only: exactly `text.substring(start, end)`.", example = "anna.shop@example.com")
        String excerpt,
        @Schema(description = "What is wrong, for a seller.", requiredMode = Schema.RequiredMode.REQUIRED)
        String message,
        @Schema(description = "The policy the draft breaks.", requiredMode = Schema.RequiredMode.REQUIRED)
        String policy,
        @Schema(description = "How to fix it.", requiredMode = Schema.RequiredMode.REQUIRED)
        String suggestion,
        @Schema(description = "A safe edit that removes this finding, where one exists: drop a link, e-mail address, phone "
                + "number, mailing address, emoji or `[Important]`; plain letters for styled ones; excess line breaks "
                + "collapsed. Wording only the seller can rewrite has none.")
        Fix fix,
        @Schema(description = "What inside the rule found it, where that helps: LanguageTool's rule id for "
                + "`spelling-grammar`; absent for every other rule.", example = "MORFOLOGIK_RULE_EN_US")
        String detail) {
}
