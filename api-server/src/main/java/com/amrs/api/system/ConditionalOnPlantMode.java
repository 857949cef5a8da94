package com.amrs.api.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** A bean of some {@code amrs.mode}s only: the collector and the alert rules run where the PLCs are. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(PlantModeCondition.class)
public @interface ConditionalOnPlantMode {

    PlantMode[] value();
}
