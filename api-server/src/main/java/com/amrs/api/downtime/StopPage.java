package com.amrs.api.downtime;

import java.util.List;

/** One page of {@code GET /api/downtime}: the stops newest first, and how many there are in all. */
public record StopPage(List<StopView> stops, int page, int size, long total) {}
