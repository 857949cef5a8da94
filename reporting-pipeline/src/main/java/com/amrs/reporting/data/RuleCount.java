package com.amrs.reporting.data;

/** How often a validation rule fixed a value in the period. */
public record RuleCount(String rule, long count) {}
