package com.amrs.api.production;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A production record that breaks none of core's rules and names a shift of the calendar. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProductionRequestValidator.class)
@interface ValidProductionRequest {

    String message() default "is not a valid production record";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
