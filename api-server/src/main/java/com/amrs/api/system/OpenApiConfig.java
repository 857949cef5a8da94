package com.amrs.api.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI at {@code /v3/api-docs}: the schemas in snake_case, as the API speaks. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenAPI amrsOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("AMRS api-server")
                        .description("Production data, KPIs and OEE of the plant (DESIGN.md §7)"));
    }
}
