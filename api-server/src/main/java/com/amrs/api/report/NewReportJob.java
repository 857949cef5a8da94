package com.amrs.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked {@link ReportRequest}: machines null for every machine, mail_to null for the configured receivers, plant
 * null for the site's own data.
 */
record NewReportJob(LocalDate from, LocalDate to, List<String> machines, List<String> mailTo, String plant) {}
