package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the page costs the api-server while the live stream is up, read from nginx's access log: the
 * cards are refetched after live updates but at most once per poll, and nothing is polled over REST.
 */
class RequestBudgetIntegrationTests extends DashboardBrowserTest {

    /** Longer than two rounds of the fallback polling (5 s) the page does while the stream is down. */
    private static final Duration WATCH = Duration.ofSeconds(12);

    @BeforeEach
    void streamIsUp() throws InterruptedException {
        await("the live stream to connect")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));
        Thread.sleep(1000); // the requests of the page's start settle
    }

    @Test
    void cardsAreRefetchedAfterLiveUpdatesAtMostOncePerPoll() throws Exception {
        Watched watched = watch();

        long cards = watched.count("GET /api/kpis?days=7 ");
        // +1: the charts' own refresh once a minute may fall into the window
        assertThat(cards)
                .as("/api/kpis requests during %d polls", watched.polls())
                .isLessThanOrEqualTo(watched.polls() + 1)
                .isGreaterThanOrEqualTo(watched.polls() / 2);
    }

    @Test
    void nothingIsPolledOverRestWhileTheStreamIsUp() throws Exception {
        Watched watched = watch();

        assertThat(watched.polls()).isGreaterThanOrEqualTo(5);
        assertThat(watched.requests())
                .as("requests while the stream is up")
                .noneMatch(line -> line.contains("GET /api/machines/live"))
                .allMatch(line -> line.contains("GET /api/kpis?days=7 ")
                        // the charts' refresh once a minute
                        || line.contains("GET /api/production?days=7 ")
                        || line.contains("GET /api/machines?days=7 ")
                        || line.contains("GET /api/downtime/pareto?days=7 ")
                        // today's stops after a /topic/stops message (a machine stopped or started again)
                        || line.contains("GET /api/downtime?days=1&size=100 "));
    }

    /** The access log lines of the page's requests during {@link #WATCH}, and the polls stored meanwhile. */
    private Watched watch() throws InterruptedException, SQLException {
        int from = stack.nginx().accessLog().size();
        Instant start = Instant.now();
        Thread.sleep(WATCH.toMillis());
        Instant end = Instant.now();
        List<String> requests = stack.nginx().accessLog().stream().skip(from).toList();
        return new Watched(requests, pollsBetween(start, end));
    }

    private long pollsBetween(Instant start, Instant end) throws SQLException {
        try (var connection = stack.database().connect();
                var query = connection.prepareStatement("select count(distinct recorded_at) from live_production"
                        + " where source = 'opcua' and recorded_at between ? and ?")) {
            query.setTimestamp(1, Timestamp.from(start));
            query.setTimestamp(2, Timestamp.from(end));
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private record Watched(List<String> requests, long polls) {

        long count(String request) {
            return requests.stream().filter(line -> line.contains(request)).count();
        }
    }
}
