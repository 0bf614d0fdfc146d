package com.messageguard.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value names a contact reason of the loaded catalog. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownContactReasonValidator.class)
public @interface KnownContactReason {

    String message() default "must be a contact reason of the catalog";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
