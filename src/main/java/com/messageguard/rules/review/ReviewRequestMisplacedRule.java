package com.messageguard.rules.review;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.text.Span;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A review or feedback request written into a message whose reason is not {@code FEEDBACK_REQUEST}
 * ("Once it arrives, we'd be grateful if you left a review" in an order-issue message): BLOCK under
 * a critical reason, the {@code non-critical} variant (WARN) under any other. Asking to change or
 * remove a review is no request; {@code review-manipulation} reports it.
 */
@Component
public class ReviewRequestMisplacedRule implements Rule {

    static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";

    private final ReviewLanguage reviews;

    public ReviewRequestMisplacedRule(ReviewLanguage reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "review-request-misplaced";
    }

    @Override
    public Set<String> variants() {
        return Set.of("non-critical");
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (FEEDBACK_REQUEST.equals(draft.reason().id())) {
            return;
        }
        String variant = draft.reason().critical() ? null : "non-critical";
        String language = reviews.language(draft);
        for (TextField field : draft.wordingFields()) {
            ReviewText text = reviews.text(field, language);
            for (ReviewText.Request request : text.requests()) {
                text.report(findings, field, request.start(), request.end(), variant,
                        Map.of("request", request.words(), "reason", draft.reason().id()));
            }
            for (Span span : reviews.requestsInOtherWords(draft, field, language)) {
                text.report(findings, field, span.start(), span.end(), variant,
                        Map.of("request", text.excerpt(span), "reason", draft.reason().id()));
            }
        }
    }
}
