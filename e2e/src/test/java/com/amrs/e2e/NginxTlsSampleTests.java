package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.e2e.support.Repository;
import com.amrs.testsupport.FreePorts;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedHttpsCertificateBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config/nginx-tls.conf.example run by real nginx with a self-signed certificate, in front of a stand-in for
 * the dashboard: only its ports, the certificate's paths and the dashboard's address are replaced.
 */
class NginxTlsSampleTests {

    private static final Path NGINX = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);

    @TempDir
    static Path work;

    private static final Map<String, String> forwarded = new ConcurrentHashMap<>();
    private static HttpServer dashboard;
    private static Process nginx;
    private static int httpsPort;
    private static int httpPort;
    private static X509Certificate certificate;

    @BeforeAll
    static void startNginxInFrontOfTheDashboard() throws Exception {
        assertThat(NGINX)
                .as("nginx, which the TLS sample is for: apt-get install nginx (./amrs test installs it)")
                .isNotNull();
        dashboard = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        dashboard.createContext("/", exchange -> {
            forwarded.put(
                    "X-Forwarded-Proto",
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")));
            forwarded.put("Host", String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
            forwarded.put(
                    "X-Forwarded-Port",
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-Port")));
            byte[] body = ("dashboard " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        dashboard.start();
        httpsPort = FreePorts.next();
        httpPort = FreePorts.next();
        writeCertificate();
        Files.writeString(work.resolve("amrs.conf"), sample());
        Files.writeString(work.resolve("nginx.conf"), """
                events {}
                http {
                    client_body_temp_path client_body_temp;
                    proxy_temp_path proxy_temp;
                    fastcgi_temp_path fastcgi_temp;
                    uwsgi_temp_path uwsgi_temp;
                    scgi_temp_path scgi_temp;
                    access_log off;
                    include amrs.conf;
                }
                """);
        String globals = "daemon off; pid " + work.resolve("nginx.pid") + ";"
                + ("root".equals(System.getProperty("user.name")) ? " user root root;" : "");
        nginx = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        work + "/",
                        "-c",
                        work.resolve("nginx.conf").toString(),
                        "-e",
                        work.resolve("error.log").toString(),
                        "-g",
                        globals)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !nginx.isAlive() || FreePorts.listening(httpsPort) && FreePorts.listening(httpPort));
        assertThat(nginx.isAlive())
                .as(() -> "nginx with the sample: " + read("nginx.out") + read("error.log"))
                .isTrue();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        if (dashboard != null) {
            dashboard.stop(0);
        }
    }

    @Test
    void passesHttpsToTheDashboardSayingItWasHttps() throws Exception {
        HttpResponse<String> response = https().send(
                        HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/api/kpis?days=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("dashboard /api/kpis?days=1");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=63072000");
        assertThat(forwarded)
                .containsEntry("X-Forwarded-Proto", "https")
                .containsEntry("Host", "localhost")
                .containsEntry("X-Forwarded-Port", String.valueOf(httpsPort));
    }

    @Test
    void redirectsPlainHttpToHttps() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/index.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("https://127.0.0.1/index.html");
    }

    /** The sample on this machine's free ports, with the test's certificate and the stand-in dashboard. */
    private static String sample() throws IOException {
        String sample = Files.readString(Repository.fromSystemProperties().file("config/nginx-tls.conf.example"));
        sample = replaceOnce(
                sample,
                "server 127.0.0.1:8080;",
                "server 127.0.0.1:" + dashboard.getAddress().getPort() + ";");
        sample = replaceOnce(sample, "    listen 80;\n", "    listen 127.0.0.1:" + httpPort + ";\n");
        sample = replaceOnce(sample, "    listen [::]:80;\n", "");
        sample = replaceOnce(sample, "    listen 443 ssl;\n", "    listen 127.0.0.1:" + httpsPort + " ssl;\n");
        sample = replaceOnce(sample, "    listen [::]:443 ssl;\n", "");
        sample = replaceOnce(sample, "/etc/ssl/amrs/fullchain.pem;", work.resolve("fullchain.pem") + ";");
        return replaceOnce(sample, "/etc/ssl/amrs/privkey.pem;", work.resolve("privkey.pem") + ";");
    }

    private static String replaceOnce(String text, String original, String replacement) {
        int first = text.indexOf(original);
        assertThat(first >= 0 && text.indexOf(original, first + 1) < 0)
                .as("config/nginx-tls.conf.example has '" + original.strip() + "' exactly once")
                .isTrue();
        return text.replace(original, replacement);
    }

    private static void writeCertificate() throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        certificate = new SelfSignedHttpsCertificateBuilder(keyPair)
                .setCommonName("amrs.plant.example.com")
                .addDnsName("amrs.plant.example.com")
                .addDnsName("localhost")
                .build();
        Files.writeString(work.resolve("fullchain.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(
                work.resolve("privkey.pem"),
                pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    /** A client that trusts the test's certificate and nothing else. */
    private static HttpClient https() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("amrs", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static String read(String file) {
        try {
            return Files.exists(work.resolve(file)) ? Files.readString(work.resolve(file)) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
