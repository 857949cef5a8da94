package com.amrs.api.system;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway as the migration role, when one is set ({@link DatabaseProperties}): it connects to the services'
 * database as that role and, after every migrate, runs plant-store's {@value #GRANTS} callback, which lets
 * {@code DB_USER} read and write the rows of every table and nothing more. Not {@code spring.flyway.user}: an
 * empty {@code ${DB_MIGRATION_USER:}} there would count as set.
 */
@Configuration(proxyBeanMethods = false)
class MigrationRoleConfig {

    static final String GRANTS = "classpath:db/callback";

    /** The role the grants go to, as the callback names it: {@code ${appUser}}. */
    static final String APP_USER = "appUser";

    @Bean
    FlywayConfigurationCustomizer migrationRole(DatabaseProperties database, JdbcConnectionDetails connection) {
        return flyway -> database.migrationRole().ifPresent(role -> {
            String appUser = connection.getUsername();
            if (role.user().equals(appUser)) {
                throw new IllegalStateException("amrs.database.migration-user (DB_MIGRATION_USER) is DB_USER itself ("
                        + appUser + "): leave it unset to run with one role, or name the role that owns the schema");
            }
            flyway.dataSource(connection.getJdbcUrl(), role.user(), role.password());
            flyway.locations(Stream.concat(Stream.of(flyway.getLocations()), Stream.of(new Location(GRANTS)))
                    .toArray(Location[]::new));
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put(APP_USER, appUser);
            flyway.placeholders(placeholders);
        });
    }
}
