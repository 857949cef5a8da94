package com.amrs.api.system;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amrs.database}: least-privilege roles as an option (README, "Security"). With a migration user
 * ({@code DB_MIGRATION_USER}, {@code DB_MIGRATION_PASSWORD}) Flyway migrates as that role and {@code DB_USER}
 * may only read and write rows; without one, {@code DB_USER} does both, as it always did.
 */
@ConfigurationProperties("amrs.database")
public record DatabaseProperties(
        @Nullable String migrationUser, @Nullable String migrationPassword) {

    /** The role that owns the schema. */
    public record MigrationRole(String user, String password) {}

    public DatabaseProperties {
        if (isSet(migrationUser) && !isSet(migrationPassword)) {
            throw new IllegalArgumentException("amrs.database.migration-password (DB_MIGRATION_PASSWORD) must be"
                    + " set when amrs.database.migration-user (DB_MIGRATION_USER) is, was empty");
        }
    }

    public Optional<MigrationRole> migrationRole() {
        return isSet(migrationUser)
                ? Optional.of(new MigrationRole(migrationUser, migrationPassword))
                : Optional.empty();
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
