package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.JavaProcess;
import com.amrs.reporting.support.TestDatabase;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar reporting-pipeline.jar --once}: the real main in a JVM of its own. */
class OnceCommandIntegrationTests {

    @TempDir
    Path reports;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.clean();
    }

    @Test
    void rendersOneReportAndExitsWithZero() throws Exception {
        JavaProcess run = JavaProcess.run(environment(TestDatabase.port()), "--once");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(reports.resolve("pdf/Report.pdf")).isRegularFile();
        assertThat(run.output()).containsOnlyOnce("Mail is off");
        assertThat(TestDatabase.jdbc()
                        .sql("select mail_status from reports")
                        .query(String.class)
                        .list())
                .containsExactly("skipped");
    }

    @Test
    void exitsNonZeroWithinAMinuteSayingTheDatabaseIsUnreachable() throws Exception {
        int closedPort = FreePorts.next();

        JavaProcess run = JavaProcess.run(environment(closedPort), "--once");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ReportJob.DATABASE_UNREACHABLE);
        assertThat(run.output())
                .contains("Report failed: the database jdbc:postgresql://localhost:" + closedPort
                        + "/postgres is unreachable")
                .contains("refused");
        assertThat(run.took()).isLessThan(Duration.ofMinutes(1));
        assertThat(reports.resolve("pdf")).doesNotExist();
    }

    private Map<String, String> environment(int databasePort) {
        var environment = new HashMap<String, String>();
        environment.put("AMRS_CONFIG", "does-not-exist.yml");
        environment.put("DB_HOST", "localhost");
        environment.put("DB_PORT", String.valueOf(databasePort));
        environment.put("DB_NAME", "postgres");
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", TestDatabase.PASSWORD);
        environment.put("REPORTS_DIR", reports.toString());
        environment.put("SMTP_SERVER", "");
        environment.put("EMAIL_RECEIVER", "");
        return environment;
    }
}
