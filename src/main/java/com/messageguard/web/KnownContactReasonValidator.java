package com.messageguard.web;

import com.messageguard.ruledata.RuleSet;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a contact reason against the catalog and, when unknown, lists the allowed ones. */
public class KnownContactReasonValidator implements ConstraintValidator<KnownContactReason, String> {

    private final RuleSet rules;

    public KnownContactReasonValidator(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank() || rules.reason(value).isPresent()) {
            return true; // blank is @NotBlank's to report
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", rules.reasonIds()))
                .addConstraintViolation();
        return false;
    }
}
