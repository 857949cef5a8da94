package com.amrs.api.system;

import java.util.Arrays;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class PlantModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        PlantMode mode = Binder.get(context.getEnvironment())
                .bind("amrs.mode", PlantMode.class)
                .orElse(PlantMode.PLANT);
        var attributes = metadata.getAnnotationAttributes(ConditionalOnPlantMode.class.getName());
        return attributes != null
                && Arrays.asList((PlantMode[]) attributes.get("value")).contains(mode);
    }
}
