package com.amrs.api.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every write through the API is audited. */
@Configuration(proxyBeanMethods = false)
class AuditConfig implements WebMvcConfigurer {

    private final AuditLog audit;

    AuditConfig(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(audit).addPathPatterns("/api/**");
    }
}
