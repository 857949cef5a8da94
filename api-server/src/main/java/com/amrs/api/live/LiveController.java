package com.amrs.api.live;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/machines/live}: the latest poll, today's totals per machine. */
@RestController
class LiveController {

    private final LiveSnapshot snapshot;

    LiveController(LiveSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @GetMapping("/api/machines/live")
    List<LiveMachine> live() {
        return snapshot.machines();
    }
}
