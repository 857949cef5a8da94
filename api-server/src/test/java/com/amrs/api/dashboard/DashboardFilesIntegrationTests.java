package com.amrs.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The page on the dashboard's port, served the way dashboard/nginx.conf serves it. */
class DashboardFilesIntegrationTests extends DashboardPortIntegrationTest {

    private static final Pattern ADD_HEADER = Pattern.compile("^\\s*add_header (\\S+) \"(.*)\" always;$");

    @Test
    void rootIsThePageWithTheSecurityHeadersOfNginxConf() throws IOException {
        HttpResponse<byte[]> page = get(dashboardPort, "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(INDEX_HTML);
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        Map<String, String> nginxHeaders = nginxSecurityHeaders();
        assertThat(nginxHeaders).containsKeys("Content-Security-Policy", "X-Content-Type-Options");
        nginxHeaders.forEach(
                (name, value) -> assertThat(header(page, name)).as(name).isEqualTo(value));
    }

    @Test
    void servesEachFileWithItsContentType() {
        Map<String, String> types = Map.of(
                "/index.html", "text/html",
                "/js/x.js", "text/javascript",
                "/config.json", "application/json",
                "/favicon.svg", "image/svg+xml",
                "/css/big.css", "text/css");
        types.forEach((path, type) -> {
            HttpResponse<byte[]> file = get(dashboardPort, path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(header(file, "Content-Type")).as(path).startsWith(type);
            assertThat(header(file, "Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(header(file, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        });
    }

    @Test
    void cachesVendorFilesForAYearBecauseTheirPathHasTheVersion() {
        HttpResponse<byte[]> vendor = get(dashboardPort, "/vendor/a/1/b.js");

        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(new String(vendor.body(), StandardCharsets.UTF_8)).isEqualTo("var b = 2;\n");
        assertThat(header(vendor, "Cache-Control")).isEqualTo("max-age=31536000");
        assertThat(header(vendor, "Content-Type")).startsWith("text/javascript");
    }

    @Test
    void answersARevalidationWithNotModified() {
        HttpResponse<byte[]> first = get(dashboardPort, "/js/x.js");
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        HttpResponse<byte[]> byEtag = get(dashboardPort, "/js/x.js", "If-None-Match", etag);
        HttpResponse<byte[]> byDate = get(dashboardPort, "/js/x.js", "If-Modified-Since", lastModified);

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
    }

    @Test
    void gzipsTextWhenTheBrowserAcceptsIt() throws IOException {
        HttpResponse<byte[]> css = get(dashboardPort, "/css/big.css", "Accept-Encoding", "gzip");

        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(css, "Vary")).containsIgnoringCase("Accept-Encoding");
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(css.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(BIG_CSS);
        }
    }

    @Test
    void answersNotFoundForEverythingButThePageAndTheApi() {
        for (String path : new String[] {
            "/pom.xml",
            "/package.json",
            "/node_modules/chart.js/package.json",
            "/src/test/resources/logback-test.xml",
            "/nginx.conf",
            "/Dockerfile",
            "/README.md",
            "/js/../pom.xml",
            "/js/missing.js",
            "/js/",
            "/v3/api-docs",
            "/swagger-ui.html",
            "/actuator/health",
            "/error"
        }) {
            HttpResponse<byte[]> answer = get(dashboardPort, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                    .as(path)
                    .doesNotContain("<project");
        }
    }

    /** The {@code add_header NAME "VALUE" always;} lines of the nginx.conf that is deployed. */
    private static Map<String, String> nginxSecurityHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "dashboard", "nginx.conf"))) {
            Matcher matcher = ADD_HEADER.matcher(line);
            if (matcher.matches()) {
                headers.put(matcher.group(1), matcher.group(2));
            }
        }
        return headers;
    }
}
