package com.amrs.reporting.chart;

import org.jfree.chart.JFreeChart;

/** The report's three charts, drawn both into the PDF and as PNG files. */
public record Charts(JFreeChart productionByShift, JFreeChart downtimeTrend, JFreeChart downtimeByMachine) {}
