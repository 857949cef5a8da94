package com.amrs.api.report;

import java.util.List;

/**
 * The body of {@code POST /api/reports}: {@code {"from","to","machines"?,"mail_to"?,"plant"?}} (the plant: at a
 * central site, DESIGN.md §19; without it, the report of every plant). The dates are text, so
 * that a bad one is named among the other bad fields rather than failing the whole body.
 */
record ReportRequest(String from, String to, List<String> machines, List<String> mailTo, String plant) {}
