package com.amrs.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole api-server on a free port, collecting from the real simulator ({@link TestPlc}, 3
 * machines ticking every 200 ms) into a real PostgreSQL ({@link TestDatabase}), polling every 500
 * ms with short retry backoffs; shared by every collector test class (one Spring context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.security.anonymous-read=true",
            "amrs.api.poll-interval=500",
            "amrs.api.collector.retry-attempts=3",
            "amrs.api.collector.retry-backoff=100ms",
            "amrs.api.collector.request-timeout=1s",
            "amrs.collector.write-timeout=1s",
            "amrs.api.reports-dir=target/test-reports/collector"
        })
@AutoConfigureMockMvc
@Import(PollEvents.class)
public abstract class CollectorIntegrationTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PollEvents polls;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_collector");
        registry.add("amrs.api.opcua-url", TestPlc::endpointUrl);
    }
}
