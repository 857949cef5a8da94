package com.amrs.api.dashboard;

import com.amrs.api.system.AmrsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The api-server as the dashboard's web server where nginx is absent (DESIGN.md §11): with {@code
 * amrs.api.dashboard.dir} set, a second port serves the page, and this server's API and live stream
 * to it from the page's own origin, as dashboard/nginx.conf does.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DashboardConfig.DirectorySet.class)
class DashboardConfig {

    private static final Logger log = LoggerFactory.getLogger(DashboardConfig.class);

    @Bean
    DashboardConnector dashboardConnector(AmrsProperties properties) {
        return new DashboardConnector(properties.api().dashboard().port());
    }

    @Bean
    DashboardPortFilter dashboardPortFilter(AmrsProperties properties) {
        AmrsProperties.Dashboard dashboard = properties.api().dashboard();
        log.info("Serving the dashboard {} on port {}", dashboard.dir().toAbsolutePath(), dashboard.port());
        return new DashboardPortFilter(dashboard.port(), new DashboardFiles(dashboard.dir()));
    }

    /** {@code amrs.api.dashboard.dir} ({@code DASHBOARD_DIR}) is set; empty means off. */
    static class DirectorySet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("amrs.api.dashboard.dir"));
        }
    }
}
