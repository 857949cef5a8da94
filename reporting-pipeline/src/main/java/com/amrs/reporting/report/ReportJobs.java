package com.amrs.reporting.report;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_jobs} queue (DESIGN.md §16): reports asked for over the API, the schedule's slots and
 * the start-up report. An instance takes the oldest queued job with {@code for update skip locked}, so each
 * is made once however many instances run; a job whose instance died while making it (its lease ran out)
 * is taken again, at most {@value #MAX_ATTEMPTS} times.
 */
@Repository
class ReportJobs {

    static final int MAX_ATTEMPTS = 3;

    /** A job an instance took: what to make, on which try. */
    record Job(long id, ReportRequest request, int attempt) {}

    private final JdbcClient jdbc;

    ReportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The start-up report of an instance. */
    long enqueueStartup(ProductionWindow window) {
        return jdbc.sql("""
                        insert into report_jobs (kind, period_start, period_end, requested_by)
                        values ('startup', ?, ?, 'start-up') returning id""")
                .params(window.from(), window.to())
                .query(Long.class)
                .single();
    }

    /** The report of a cron slot, unless an instance queued it already; whether this call did. */
    boolean enqueueSlot(Instant slot, ProductionWindow window) {
        return jdbc.sql("""
                        insert into report_jobs (kind, slot, period_start, period_end, requested_by)
                        values ('scheduled', ?, ?, ?, 'schedule')
                        on conflict (slot) where slot is not null do nothing""")
                        .params(Timestamp.from(slot), window.from(), window.to())
                        .update()
                == 1;
    }

    /** The latest slot any instance queued, if any did. */
    Optional<Instant> latestSlot() {
        return jdbc.sql("select max(slot) from report_jobs")
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** The oldest job waiting, or one whose instance's lease ran out; leased to {@code worker} until then. */
    Optional<Job> take(String worker, Instant now, Instant leaseUntil) {
        jdbc.sql("""
                        update report_jobs set state = 'failed', finished_at = ?, lease_until = null,
                               error = 'Its reporting instance stopped while making it, ' || attempts || ' times.'
                        where state = 'running' and lease_until < ? and attempts >= ?""")
                .params(Timestamp.from(now), Timestamp.from(now), MAX_ATTEMPTS)
                .update();
        return jdbc.sql("""
                        update report_jobs set state = 'running', started_at = ?, lease_until = ?, worker = ?,
                                               attempts = attempts + 1
                        where id = (select id from report_jobs
                                    where state = 'queued' or (state = 'running' and lease_until < ?)
                                    order by id
                                    for update skip locked
                                    limit 1)
                        returning id, kind, period_start, period_end, machines, mail_to, attempts, plant_id""")
                .params(Timestamp.from(now), Timestamp.from(leaseUntil), worker, Timestamp.from(now))
                .query(ReportJobs::job)
                .optional();
    }

    void done(long id, long reportId, Instant now) {
        jdbc.sql("""
                        update report_jobs set state = 'done', report_id = ?, finished_at = ?, lease_until = null,
                                               error = null
                        where id = ?""").params(reportId, Timestamp.from(now), id).update();
    }

    /** A job's state and, when it failed, why. */
    record Outcome(String state, String error) {}

    Optional<Outcome> outcome(long id) {
        return jdbc.sql("select state, error from report_jobs where id = ?")
                .param(id)
                .query((rs, row) -> new Outcome(rs.getString("state"), rs.getString("error")))
                .optional();
    }

    void failed(long id, String error, Instant now) {
        jdbc.sql("""
                        update report_jobs set state = 'failed', error = ?, finished_at = ?, lease_until = null
                        where id = ?""").params(error, Timestamp.from(now), id).update();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        ReportKind kind = ReportKind.of(rs.getString("kind"));
        var window = new ProductionWindow(
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class));
        var request = new ReportRequest(
                kind,
                window,
                MachineFilter.of(strings(rs.getArray("machines")).orElse(List.of()))
                        .inPlant(rs.getString("plant_id")),
                strings(rs.getArray("mail_to")).orElse(null),
                kind != ReportKind.ON_DEMAND);
        return new Job(rs.getLong("id"), request, rs.getInt("attempts"));
    }

    private static Optional<List<String>> strings(Array array) throws SQLException {
        return array == null ? Optional.empty() : Optional.of(Arrays.asList((String[]) array.getArray()));
    }
}
