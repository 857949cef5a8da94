package com.amrs.reporting.report;

/** A report's file contents: the PDF, the workbook and the three chart images (PNG). */
record RenderedReport(
        byte[] pdf, byte[] xlsx, byte[] productionChart, byte[] downtimeTrendChart, byte[] downtimeChart) {}
