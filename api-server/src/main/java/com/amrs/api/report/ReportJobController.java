package com.amrs.api.report;

import com.amrs.api.security.Principals;
import com.amrs.api.system.ApiException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports on demand (DESIGN.md §16): {@code POST /api/reports} queues a report of a window, some machines and
 * addresses (an operator), answered {@code 202} with the job, whose progress {@code GET /api/reports/jobs/{id}}
 * shows.
 */
@RestController
class ReportJobController {

    private final ReportRequestValidator validator;
    private final ReportJobs jobs;

    ReportJobController(ReportRequestValidator validator, ReportJobs jobs) {
        this.validator = validator;
        this.jobs = jobs;
    }

    @PostMapping("/api/reports")
    ResponseEntity<ReportJobView> request(@RequestBody ReportRequest request) {
        ReportJobView job = jobs.queue(validator.check(request), Principals.current());
        return ResponseEntity.accepted()
                .location(URI.create("/api/reports/jobs/" + job.id()))
                .body(job);
    }

    @GetMapping("/api/reports/jobs/{id}")
    ReportJobView job(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> ApiException.notFound("Report job " + id));
    }
}
