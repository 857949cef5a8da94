package com.amrs.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.system.AmrsProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A real Tomcat with the dashboard's settings: a second connector, or a start-up that fails naming why. */
class DashboardStartupTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner(
                    AnnotationConfigServletWebServerApplicationContext::new)
            .withConfiguration(AutoConfigurations.of(TomcatServletWebServerAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class, DashboardConfig.class);

    @TempDir
    Path folder;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AmrsProperties.class)
    static class PropertiesOnly {}

    @BeforeEach
    void dashboardFolder() throws IOException {
        Files.writeString(folder.resolve("index.html"), "<!doctype html>");
    }

    @Test
    void opensNoSecondPortWhileTheFolderIsEmpty() {
        runner.withPropertyValues("server.port=0", "amrs.api.dashboard.dir=").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(DashboardPortFilter.class);
            assertThat(connectors(context)).isEqualTo(1);
        });
    }

    @Test
    void opensTheDashboardPortBesideTheApiPort() throws IOException {
        int dashboardPort = freePort();
        runner.withPropertyValues(
                        "server.port=0", "amrs.api.dashboard.dir=" + folder, "amrs.api.dashboard.port=" + dashboardPort)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DashboardPortFilter.class);
                    assertThat(connectors(context)).isEqualTo(2);
                    assertThat(webServer(context).getPort()).isNotEqualTo(dashboardPort);
                });
    }

    @Test
    void refusesTheApiPortAsDashboardPort() throws IOException {
        int port = freePort();
        runner.withPropertyValues(
                        "server.port=" + port, "amrs.api.dashboard.dir=" + folder, "amrs.api.dashboard.port=" + port)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure()))
                            .contains("amrs.api.dashboard.port", "server.port");
                });
    }

    @Test
    void failsWhenAnotherProgramHasTheDashboardPort() throws IOException {
        try (var taken = new ServerSocket(0)) {
            runner.withPropertyValues(
                            "server.port=0",
                            "amrs.api.dashboard.dir=" + folder,
                            "amrs.api.dashboard.port=" + taken.getLocalPort())
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(messages(context.getStartupFailure()))
                                .contains(String.valueOf(taken.getLocalPort()));
                    });
        }
    }

    private static TomcatWebServer webServer(AssertableWebApplicationContext context) {
        return (TomcatWebServer) context.getSourceApplicationContext(ServletWebServerApplicationContext.class)
                .getWebServer();
    }

    private static int connectors(AssertableWebApplicationContext context) {
        TomcatWebServer tomcat = webServer(context);
        return tomcat.getTomcat().getService().findConnectors().length;
    }

    private static String messages(Throwable failure) {
        var text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
