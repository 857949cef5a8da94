package com.amrs.reporting.report;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Runs the generator and turns a failure into one log line that says why, and an exit code. */
@Component
class ReportJob {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int DATABASE_UNREACHABLE = 2;

    private static final Logger log = LoggerFactory.getLogger(ReportJob.class);

    private final ReportGenerator generator;
    private final Environment environment;

    ReportJob(ReportGenerator generator, Environment environment) {
        this.generator = generator;
        this.environment = environment;
    }

    int run() {
        try {
            generator.generate();
            return OK;
        } catch (RuntimeException e) {
            String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            if (databaseUnreachable(e)) {
                log.error(
                        "Report failed: the database {} is unreachable: {}",
                        environment.getProperty("spring.datasource.url"),
                        reason);
                return DATABASE_UNREACHABLE;
            }
            log.error("Report failed: {}", reason, e);
            return FAILED;
        }
    }

    /** SQL state class 08 is "connection exception"; Hikari reports a timed-out wait as a transient one. */
    static boolean databaseUnreachable(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                .anyMatch(cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLException sql
                                && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("08"));
    }
}
