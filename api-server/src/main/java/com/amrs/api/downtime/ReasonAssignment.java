package com.amrs.api.downtime;

/** The body of {@code PUT /api/downtime/{id}/reason}: a code of the reason catalogue and a comment. */
public record ReasonAssignment(Integer reasonCode, String comment) {}
