package com.amrs.launcher.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request's body, read whole before anything is proxied as nginx's request buffering does, and
 * within nginx's default client_max_body_size (1 MiB: 413 above).
 */
final class RequestBody {

    static final int LIMIT = 1024 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private RequestBody() {}

    /**
     * @throws HttpError 413 above the limit, 400 for a body cut short or badly chunked
     */
    static byte[] read(Exchange exchange) throws HttpError, IOException {
        RequestHead request = exchange.request();
        if (!request.hasBody()) {
            return new byte[0];
        }
        if (request.contentLength() > LIMIT) {
            throw new HttpError(413, "Body larger than " + LIMIT + " bytes");
        }
        boolean expected = request.chunked() || request.contentLength() > 0;
        if (expected && request.http11() && request.headers().hasToken("Expect", "100-continue")) {
            exchange.out().write(CONTINUE);
            exchange.out().flush();
        }
        InputStream in = request.chunked() ? new ChunkedInputStream(exchange.in()) : exchange.in();
        int wanted = request.chunked() ? LIMIT + 1 : (int) request.contentLength();
        byte[] body;
        try {
            body = in.readNBytes(wanted);
        } catch (IOException e) {
            throw new HttpError(400, "Unreadable body: " + e.getMessage());
        }
        if (body.length > LIMIT) {
            throw new HttpError(413, "Body larger than " + LIMIT + " bytes");
        }
        if (!request.chunked() && body.length < wanted) {
            throw new HttpError(400, "The body ended early");
        }
        return body;
    }
}
