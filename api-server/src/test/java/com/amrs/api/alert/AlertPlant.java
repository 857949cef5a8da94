package com.amrs.api.alert;

import static com.amrs.api.support.acme.AcmeSpec.machine;

import com.amrs.api.ApiServerApplication;
import com.amrs.api.support.TagMapSettings;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.WebhookReceiver;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A plant for the alert tests: a line PLC (Filler1, Capper1, Labeler1) and a mixer's PLC (Mixer1) that the tests
 * drive, a webhook receiver, GreenMail, and whole api-servers started on one database with these rules:
 *
 * <pre>
 * filler-down        machine_down     for 2 s  Filler1   shift-lead (e-mail), line-hook    no reminders
 * filler-down-flaky  machine_down     for 2 s  Filler1   flaky-hook                        no reminders
 * filler-down-stuck  machine_down     for 2 s  Filler1   stuck-hook                        no reminders
 * capper-down        machine_down     for 0 s  Capper1   capper-hook                       reminders every 2 s
 * labeler-idle       no_production    for 3 s  Labeler1  ops-hook                          no reminders
 * mixer-unreachable  plc_unreachable  for 0 s  Mixer1    ops-hook                          no reminders
 * </pre>
 */
final class AlertPlant implements AutoCloseable {

    static final String SECRET = "line-hook-secret-7f3a9c";
    static final String API_KEY = "alert-tests-key-5b8e2d91c4f7a306";
    static final String PUBLIC_URL = "https://amrs.plant.example";
    static final Duration POLL = Duration.ofMillis(300);
    static final Duration HOLD = Duration.ofSeconds(2);

    final AcmePlc line = AcmePlc.start(AcmeSpec.of(
                    machine("Filler1", NodeIdStyle.QUOTED, CounterType.UInt16),
                    machine("Capper1", NodeIdStyle.NUMERIC, CounterType.UInt32),
                    machine("Labeler1", NodeIdStyle.QUOTED, CounterType.UInt16))
            .openOnly());
    final AcmePlc mixer = AcmePlc.start(AcmeSpec.of(machine("Mixer1", NodeIdStyle.QUOTED, CounterType.UInt16))
            .openOnly());
    final WebhookReceiver hooks = WebhookReceiver.start();
    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final String database;

    AlertPlant(String database) {
        this.database = database;
        smtp.start();
        TestDatabase.ensureDatabase(database);
    }

    ConfigurableApplicationContext startApiServer() {
        return new SpringApplicationBuilder(ApiServerApplication.class)
                .run(arguments().toArray(String[]::new));
    }

    private List<String> arguments() {
        List<String> args = new ArrayList<>();
        DynamicPropertyRegistry registry = (name, value) -> args.add("--" + name + "=" + value.get());
        registry.add("amrs.pki-dir", () -> tempDirectory("amrs-pki"));
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrl(database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("server.port", () -> 0);
        registry.add("AMRS_CONFIG", () -> "does-not-exist.yml");
        registry.add("amrs.api.poll-interval", POLL::toMillis);
        registry.add("amrs.api.collector.retry-attempts", () -> 1);
        registry.add("amrs.api.collector.request-timeout", () -> "1s");
        registry.add("amrs.api.reports-dir", () -> "target/test-reports/alerts");
        registry.add("amrs.api.api-key", () -> API_KEY);
        registry.add("amrs.security.anonymous-read", () -> true);
        registry.add("amrs.collector.spool-dir", () -> TestDatabase.spoolDir(database));
        TagMapSettings.plc(registry, 0, "line", line::endpointUrl)
                .acmeMachines(line, List.of("Filler1", "Capper1", "Labeler1"));
        TagMapSettings.plc(registry, 1, "mixer", mixer::endpointUrl).acmeMachine(mixer, "Mixer1");
        registry.add("amrs.alerts.public-url", () -> PUBLIC_URL);
        registry.add("amrs.alerts.mail.host", () -> "127.0.0.1");
        registry.add("amrs.alerts.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("amrs.alerts.mail.starttls", () -> false);
        channels(registry);
        rules(registry);
        return args;
    }

    private void channels(DynamicPropertyRegistry registry) {
        registry.add("amrs.alerts.channels[0].name", () -> "shift-lead");
        registry.add("amrs.alerts.channels[0].email[0]", () -> "shift-lead@plant.example");
        webhook(registry, 1, "line-hook", "/line");
        webhook(registry, 2, "flaky-hook", "/flaky");
        webhook(registry, 3, "capper-hook", "/capper");
        webhook(registry, 4, "ops-hook", "/ops");
        webhook(registry, 5, "stuck-hook", "/stuck");
    }

    private void webhook(DynamicPropertyRegistry registry, int index, String name, String path) {
        String key = "amrs.alerts.channels[" + index + "]";
        registry.add(key + ".name", () -> name);
        registry.add(key + ".webhook", () -> hooks.url(path));
        registry.add(key + ".secret", () -> SECRET);
    }

    private static void rules(DynamicPropertyRegistry registry) {
        rule(registry, 0, "filler-down", "machine_down", "2s", "Filler1", "0s", "shift-lead", "line-hook");
        rule(registry, 1, "filler-down-flaky", "machine_down", "2s", "Filler1", "0s", "flaky-hook");
        rule(registry, 2, "capper-down", "machine_down", "0s", "Capper1", "2s", "capper-hook");
        rule(registry, 3, "labeler-idle", "no_production", "3s", "Labeler1", "0s", "ops-hook");
        rule(registry, 4, "mixer-unreachable", "plc_unreachable", "0s", "Mixer1", "0s", "ops-hook");
        rule(registry, 5, "filler-down-stuck", "machine_down", "2s", "Filler1", "0s", "stuck-hook");
    }

    private static void rule(
            DynamicPropertyRegistry registry,
            int index,
            String name,
            String when,
            String holdFor,
            String machine,
            String repeat,
            String... channels) {
        String key = "amrs.alerts.rules[" + index + "]";
        registry.add(key + ".name", () -> name);
        registry.add(key + ".when", () -> when);
        registry.add(key + ".for", () -> holdFor);
        registry.add(key + ".machines[0]", () -> machine);
        registry.add(key + ".repeat", () -> repeat);
        for (int i = 0; i < channels.length; i++) {
            String channel = channels[i];
            registry.add(key + ".notify[" + i + "]", () -> channel);
        }
    }

    static HttpResponse<String> get(ConfigurableApplicationContext apiServer, String path) {
        return send(apiServer, HttpRequest.newBuilder(uri(apiServer, path)).GET());
    }

    static HttpResponse<String> post(ConfigurableApplicationContext apiServer, String path) {
        return send(
                apiServer,
                HttpRequest.newBuilder(uri(apiServer, path))
                        .header("X-API-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<String> postAnonymously(ConfigurableApplicationContext apiServer, String path) {
        return send(apiServer, HttpRequest.newBuilder(uri(apiServer, path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    static int port(ConfigurableApplicationContext apiServer) {
        return ((WebServerApplicationContext) apiServer).getWebServer().getPort();
    }

    private static URI uri(ConfigurableApplicationContext apiServer, String path) {
        return URI.create("http://localhost:" + port(apiServer) + path);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext apiServer, HttpRequest.Builder request) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
        hooks.close();
        line.close();
        mixer.close();
    }
}
