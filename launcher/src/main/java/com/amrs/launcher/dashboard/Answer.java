package com.amrs.launcher.dashboard;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an answer to the client as nginx.conf's server block would: the security headers, the
 * charset, gzip for its types from 512 bytes on, and the body framed by its length, by chunks, or by
 * closing the connection.
 */
final class Answer {

    private static final int GZIP_MIN_LENGTH = 512;
    private static final int GZIP_LEVEL = 5;
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"),
            Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Not Allowed"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(504, "Gateway Time-out"),
            Map.entry(505, "HTTP Version Not Supported"));

    private Answer() {}

    static String reason(int status) {
        return REASONS.getOrDefault(status, "Unknown");
    }

    /**
     * Sends the answer; a {@code Connection: close} in {@code headers} closes the connection after it.
     *
     * @param length the body's length, -1 when the body runs to the end of {@code body}
     * @return whether the connection can take the client's next request
     */
    static boolean send(Exchange exchange, int status, String reason, Headers headers, InputStream body, long length)
            throws IOException {
        SecurityHeaders.addTo(headers);
        headers.first("Content-Type").ifPresent(type -> headers.set("Content-Type", MimeTypes.withCharset(type)));
        boolean bodyless = exchange.isHead() || status < 200 || status == 204 || status == 304;
        boolean gzip = !bodyless && gzip(exchange, status, headers, length);
        boolean chunked = !bodyless && (gzip || length < 0) && exchange.http11();
        boolean keepAlive = exchange.keepAlive()
                && !headers.hasToken("Connection", "close")
                && (bodyless || chunked || length >= 0);
        frame(headers, status, gzip ? -1 : length, chunked, keepAlive);
        exchange.out().write(headers.toBytes("HTTP/1.1 " + status + " " + reason));
        if (!bodyless) {
            writeBody(exchange.out(), body, length, chunked, gzip);
        }
        exchange.out().flush();
        return keepAlive;
    }

    /** The headers of the body's framing and of the connection, and the Date. */
    private static void frame(Headers headers, int status, long length, boolean chunked, boolean keepAlive) {
        headers.remove("Content-Length", "Transfer-Encoding", "Connection");
        if (length >= 0 && status >= 200 && status != 204 && status != 304) {
            headers.add("Content-Length", Long.toString(length));
        }
        if (chunked) {
            headers.add("Transfer-Encoding", "chunked");
        }
        headers.add("Connection", keepAlive ? "keep-alive" : "close");
        if (!headers.has("Date")) {
            headers.add("Date", HttpDates.format(Instant.now()));
        }
    }

    private static void writeBody(OutputStream out, InputStream body, long length, boolean chunked, boolean gzip)
            throws IOException {
        OutputStream target = chunked ? new ChunkedOutputStream(out) : out;
        target = gzip ? new LevelledGzip(target) : target;
        copy(body, target, length);
        if (chunked) {
            target.close();
        }
    }

    /** nginx's page for an error status; the connection closes after it unless {@code keepAlive}. */
    static boolean error(Exchange exchange, int status, boolean keepAlive) throws IOException {
        var headers = new Headers();
        if (!keepAlive) {
            headers.add("Connection", "close");
        }
        return page(exchange, status, headers);
    }

    /** nginx's page for a status (a redirect's, an error's), with these headers. */
    static boolean page(Exchange exchange, int status, Headers headers) throws IOException {
        String title = status + " " + reason(status);
        byte[] page = ("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .getBytes(StandardCharsets.UTF_8);
        headers.set("Content-Type", "text/html");
        return send(exchange, status, reason(status), headers, new ByteArrayInputStream(page), page.length);
    }

    /** gzip_types, gzip_min_length and gzip_vary, as nginx's gzip filter weighs them. */
    private static boolean gzip(Exchange exchange, int status, Headers headers, long length) {
        boolean eligible = (status == 200 || status == 403 || status == 404)
                && !headers.has("Content-Encoding")
                && (length < 0 || length >= GZIP_MIN_LENGTH)
                && headers.first("Content-Type").filter(MimeTypes::gzipped).isPresent();
        if (!eligible) {
            return false;
        }
        headers.add("Vary", "Accept-Encoding");
        if (!exchange.acceptsGzip()) {
            return false;
        }
        headers.add("Content-Encoding", "gzip");
        headers.first("ETag").filter(tag -> !tag.startsWith("W/")).ifPresent(tag -> headers.set("ETag", "W/" + tag));
        return true;
    }

    /** Copies {@code length} bytes, or up to the end when -1, flushing as they come (a proxied stream). */
    private static void copy(InputStream body, OutputStream target, long length) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = length;
        while (left != 0) {
            int read = body.read(buffer, 0, left < 0 ? buffer.length : (int) Math.min(buffer.length, left));
            if (read < 0) {
                if (left > 0) {
                    throw new EOFException("The body ended " + left + " bytes early");
                }
                return;
            }
            target.write(buffer, 0, read);
            target.flush();
            left = left < 0 ? left : left - read;
        }
    }

    /** gzip_comp_level 5, each flush passing on what is compressed so far. */
    private static final class LevelledGzip extends GZIPOutputStream {
        LevelledGzip(OutputStream out) throws IOException {
            super(out, 8192, true);
            def.setLevel(GZIP_LEVEL);
        }
    }
}
