package com.amrs.launcher.dashboard;

import static com.amrs.launcher.dashboard.Http.get;
import static com.amrs.launcher.dashboard.Http.header;
import static com.amrs.launcher.dashboard.Http.raw;
import static com.amrs.launcher.dashboard.Http.status;
import static com.amrs.launcher.dashboard.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of the page's files and of build files beside them, served the way nginx.conf serves it. */
class DashboardFilesTests {

    static final String INDEX_HTML = "<!doctype html>\n<html lang=\"en\"><title>AMRS test page</title></html>\n";
    static final String BIG_CSS = ".kpi { color: #3fb950; margin: 0 auto; }\n".repeat(100);

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("dashboard/index.html", INDEX_HTML),
            Map.entry("dashboard/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Map.entry("dashboard/config.json", "{\"plant_name\": \"Test plant\"}"),
            Map.entry("dashboard/css/big.css", BIG_CSS),
            Map.entry("dashboard/js/x.js", "export const x = 1;\n"),
            Map.entry("dashboard/help/index.html", "<p>help</p>"),
            Map.entry("dashboard/data.bin", "\u0001"),
            Map.entry("dashboard/vendor/a/1/b.js", "var b = 2;\n"),
            Map.entry("dashboard/pom.xml", "<project/>"),
            Map.entry("dashboard/package.json", "{}"),
            Map.entry("dashboard/package-lock.json", "{}"),
            Map.entry("dashboard/node_modules/chart.js/package.json", "{}"),
            Map.entry("dashboard/src/test/resources/logback-test.xml", "<configuration/>"),
            Map.entry("dashboard/scripts/copy-vendor.mjs", "//"),
            Map.entry("dashboard/test/x.test.mjs", "//"),
            Map.entry("dashboard/target/x.class", "x"),
            Map.entry("dashboard/nginx.conf", "events {}"),
            Map.entry("dashboard/Dockerfile", "FROM nginx"),
            Map.entry("dashboard/README.md", "# dashboard"),
            Map.entry("secret.txt", "<project>outside</project>"));

    @TempDir
    static Path folder;

    static DashboardServer server;
    static int port;

    @BeforeAll
    static void serveTheFolder() throws IOException {
        for (var file : FILES.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Files.createSymbolicLink(folder.resolve("dashboard/js/link.txt"), folder.resolve("secret.txt"));
        server = DashboardServer.start(0, folder.resolve("dashboard"), Http.freePort());
        port = server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void rootIsIndexHtmlRevalidatedOnEveryLoad() {
        HttpResponse<byte[]> page = get(port, "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).isEqualTo(INDEX_HTML);
        assertThat(header(page, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(page, "Expires")).isEqualTo("Thu, 01 Jan 1970 00:00:01 GMT");
        assertThat(text(get(port, "/help/"))).isEqualTo("<p>help</p>");
    }

    @Test
    void servesEachFileWithNginxConfsTypeAndCharset() {
        Map<String, String> types = Map.of(
                "/index.html", "text/html; charset=utf-8",
                "/js/x.js", "text/javascript; charset=utf-8",
                "/config.json", "application/json; charset=utf-8",
                "/favicon.svg", "image/svg+xml; charset=utf-8",
                "/css/big.css", "text/css; charset=utf-8",
                "/data.bin", "application/octet-stream");
        types.forEach((path, type) -> {
            HttpResponse<byte[]> file = get(port, path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(header(file, "Content-Type")).as(path).isEqualTo(type);
            assertThat(header(file, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        });
    }

    @Test
    void cachesVendorFilesForAYearBecauseTheirPathHasTheVersion() {
        HttpResponse<byte[]> vendor = get(port, "/vendor/a/1/b.js");

        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(text(vendor)).isEqualTo("var b = 2;\n");
        assertThat(header(vendor, "Cache-Control")).isEqualTo("max-age=31536000");
        assertThat(HttpDates.parse(header(vendor, "Expires")))
                .hasValueSatisfying(
                        expires -> assertThat(expires).isAfter(Instant.now().plusSeconds(364 * 86_400L)));
        assertThat(get(port, "/vendor/a/1/").statusCode())
                .as("no index in vendor/")
                .isEqualTo(404);
    }

    @Test
    void answersARevalidationWithNotModified() {
        HttpResponse<byte[]> first = get(port, "/js/x.js");
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertThat(etag).matches("\"[0-9a-f]+-14\"");
        assertThat(lastModified).endsWith(" GMT");

        HttpResponse<byte[]> byEtag = get(port, "/js/x.js", "If-None-Match", etag);
        HttpResponse<byte[]> byDate = get(port, "/js/x.js", "If-Modified-Since", lastModified);
        HttpResponse<byte[]> changed = get(port, "/js/x.js", "If-None-Match", "\"1-1\"");

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(header(byEtag, "ETag")).isEqualTo(etag);
        assertThat(header(byEtag, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(byEtag, "Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(changed.statusCode()).isEqualTo(200);
    }

    @Test
    void gzipsTextFromFiveHundredTwelveBytesWhenTheBrowserAcceptsIt() throws IOException {
        HttpResponse<byte[]> css = get(port, "/css/big.css", "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> plain = get(port, "/css/big.css");
        HttpResponse<byte[]> small = get(port, "/js/x.js", "Accept-Encoding", "gzip");

        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(css, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(css, "ETag")).startsWith("W/\"");
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(css.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(BIG_CSS);
        }
        assertThat(header(plain, "Content-Encoding")).isEmpty();
        assertThat(header(plain, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(text(plain)).isEqualTo(BIG_CSS);
        assertThat(header(small, "Content-Encoding")).isEmpty();
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() {
        HttpResponse<byte[]> head =
                Http.send(Http.request(port, "/css/big.css").HEAD().build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(BIG_CSS.length()));
        assertThat(header(head, "ETag")).isNotEmpty();
    }

    @Test
    void answersNotFoundForTheBuildFilesAndMissingOnes() {
        for (String path : List.of(
                "/pom.xml",
                "/package.json",
                "/package-lock.json",
                "/node_modules/chart.js/package.json",
                "/src/test/resources/logback-test.xml",
                "/scripts/copy-vendor.mjs",
                "/test/x.test.mjs",
                "/target/x.class",
                "/nginx.conf",
                "/Dockerfile",
                "/README.md",
                "/js/missing.js",
                "/js/",
                "/api")) {
            HttpResponse<byte[]> answer = get(port, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(text(answer)).as(path).contains("404 Not Found").doesNotContain("<project");
            assertThat(header(answer, "X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
        }
    }

    @Test
    void neverAnswersWithAFileOutsideTheRoot() {
        for (String path : List.of(
                "/js/../pom.xml",
                "/js/%2e%2e/pom.xml",
                "/js/%2E%2E/%2e%2e/secret.txt",
                "/..%2fsecret.txt",
                "/../secret.txt",
                "/js/link.txt")) {
            String answer = raw(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(status(answer)).as(path).isIn(400, 404);
            assertThat(answer).as(path).doesNotContain("<project").contains("Content-Security-Policy: ");
        }
    }

    @Test
    void redirectsADirectoryToItsPathWithASlash() {
        HttpResponse<byte[]> help = get(port, "/help?x=1");

        assertThat(help.statusCode()).isEqualTo(301);
        assertThat(header(help, "Location")).isEqualTo("/help/?x=1");
    }

    @Test
    void refusesToWriteAFile() {
        var post = Http.request(port, "/index.html")
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build();

        assertThat(Http.send(post).statusCode()).isEqualTo(405);
    }
}
