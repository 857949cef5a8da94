package com.amrs.api.report;

import com.amrs.api.support.RestIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report tests' helpers on the shared REST context: real HTTP to the api-server's port, and report rows
 * inserted with SQL as the reporting pipeline stores them, with the bytes of a real PDF and workbook.
 */
abstract class ReportsApiTest extends RestIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A POST with {@code X-API-Key} (an operator's write), or without any credentials when apiKey is null. */
    HttpResponse<byte[]> post(String path, String body, String apiKey) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A report row as the reporting pipeline inserts it; machines and xlsx may be null. */
    long insertReport(Instant generatedAt, String kind, List<String> machines, byte[] pdf, byte[] xlsx) {
        LocalDate end =
                LocalDate.ofInstant(generatedAt, java.time.ZoneOffset.UTC).minusDays(1);
        return jdbc.sql("""
                        insert into reports (generated_at, period_start, period_end, file_name, content, kind,
                                             machines, xlsx, mail_status)
                        values (?, ?, ?, ?, ?, ?, cast(? as text[]), ?, 'sent')
                        returning id""")
                .params(
                        Timestamp.from(generatedAt),
                        end.minusDays(6),
                        end,
                        "Report_" + end.plusDays(1) + ".pdf",
                        pdf,
                        kind,
                        machines == null ? null : machines.toArray(String[]::new),
                        xlsx)
                .query(Long.class)
                .single();
    }

    /**
     * A valid PDF of one blank page, with an unused stream object of {@code padding} random bytes (a report's
     * charts are about that): its cross-reference table points at every object.
     */
    static byte[] pdf(int padding) {
        var out = new ByteArrayOutputStream();
        var offsets = new java.util.ArrayList<Integer>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, "4 0 obj\n<< /Length " + padding + " >>\nstream\n");
        out.writeBytes(random(padding, 4));
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        var table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        write(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** An xlsx container (a zip) of one sheet with {@code padding} random bytes stored beside it. */
    static byte[] workbook(int padding) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            zip.write(random(padding, 7));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
