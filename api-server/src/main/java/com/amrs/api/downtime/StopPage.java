package com.amrs.api.downtime;

import com.amrs.store.downtime.MachineStop;
import java.util.List;

/** One page of {@code GET /api/downtime}: the stops newest first, and how many there are in all. */
public record StopPage(List<MachineStop> stops, int page, int size, long total) {}
