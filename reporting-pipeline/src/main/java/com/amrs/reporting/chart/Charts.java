package com.amrs.reporting.chart;

import org.jfree.chart.JFreeChart;

/**
 * The report's charts: the first three drawn both into the PDF and as PNG files, the downtime Pareto and
 * the OEE loss waterfall (DESIGN.md §14) into the PDF.
 */
public record Charts(
        JFreeChart productionByShift,
        JFreeChart downtimeTrend,
        JFreeChart downtimeByMachine,
        JFreeChart downtimeByReason,
        JFreeChart oeeLosses) {}
