package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class ReportJobTests {

    @Test
    void aRefusedConnectionMeansTheDatabaseIsUnreachable() {
        var refused = new SQLException("Connection to localhost:5432 refused", "08001");

        assertThat(ReportJob.databaseUnreachable(
                        new CannotCreateTransactionException("Could not open JDBC Connection", refused)))
                .isTrue();
    }

    @Test
    void aPoolThatTimedOutMeansTheDatabaseIsUnreachable() {
        var timedOut = new SQLTransientConnectionException("Connection is not available, request timed out");

        assertThat(ReportJob.databaseUnreachable(new CannotGetJdbcConnectionException("no connection", timedOut)))
                .isTrue();
    }

    @Test
    void aBadQueryIsAnotherFailure() {
        var syntax = new SQLException("syntax error", "42601");

        assertThat(ReportJob.databaseUnreachable(new UncategorizedSQLException("load", "select", syntax)))
                .isFalse();
        assertThat(ReportJob.databaseUnreachable(new IllegalStateException("disk full")))
                .isFalse();
    }
}
