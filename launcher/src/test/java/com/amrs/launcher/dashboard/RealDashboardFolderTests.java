package com.amrs.launcher.dashboard;

import static com.amrs.launcher.dashboard.Http.get;
import static com.amrs.launcher.dashboard.Http.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's own dashboard/ folder, served as ./amrs up serves it where nginx is absent. */
class RealDashboardFolderTests {

    private static final Path DASHBOARD = Path.of("..", "dashboard");
    private static final Pattern ADD_HEADER = Pattern.compile("^\\s*add_header (\\S+) \"(.*)\" always;$");

    static DashboardServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        server = DashboardServer.start(0, DASHBOARD, Http.freePort());
        port = server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void rootIsTheRepositorysPageWithTheSecurityHeadersOfNginxConf() throws IOException {
        HttpResponse<byte[]> page = get(port, "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(Files.readAllBytes(DASHBOARD.resolve("index.html")));
        Map<String, String> nginxHeaders = nginxSecurityHeaders();
        assertThat(nginxHeaders).hasSize(SecurityHeaders.FIELDS.size());
        nginxHeaders.forEach(
                (name, value) -> assertThat(header(page, name)).as(name).isEqualTo(value));
    }

    @Test
    void servesTheScriptsStylesAndConfig() {
        assertThat(header(get(port, "/js/main.js"), "Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(header(get(port, "/css/dashboard.css"), "Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(header(get(port, "/config.json"), "Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void servesAVendorFileForAYearWhenNpmHasCopiedThem() throws IOException {
        Optional<Path> vendorFile = vendorFile();
        assumeThat(vendorFile).as("dashboard/vendor/ (npm ci)").isPresent();
        String path = "/" + DASHBOARD.relativize(vendorFile.get()).toString().replace('\\', '/');

        HttpResponse<byte[]> vendor = get(port, path);

        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(vendor.body()).isEqualTo(Files.readAllBytes(vendorFile.get()));
        assertThat(header(vendor, "Cache-Control")).isEqualTo("max-age=31536000");
    }

    @Test
    void servesNoneOfTheBuildFiles() {
        for (String path : List.of(
                "/pom.xml", "/package.json", "/nginx.conf", "/Dockerfile", "/README.md", "/scripts/copy-vendor.mjs")) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private static Optional<Path> vendorFile() throws IOException {
        Path vendor = DASHBOARD.resolve("vendor");
        if (!Files.isDirectory(vendor)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(vendor)) {
            return files.filter(Files::isRegularFile).findFirst();
        }
    }

    /** The {@code add_header NAME "VALUE" always;} lines of the nginx.conf that is deployed. */
    private static Map<String, String> nginxSecurityHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DASHBOARD.resolve("nginx.conf"))) {
            Matcher matcher = ADD_HEADER.matcher(line);
            if (matcher.matches()) {
                headers.put(matcher.group(1), matcher.group(2));
            }
        }
        return headers;
    }
}
