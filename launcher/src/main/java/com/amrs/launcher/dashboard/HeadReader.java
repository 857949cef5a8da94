package com.amrs.launcher.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines of a request's or response's head, up to its empty line, within a size limit. */
final class HeadReader {

    /** The most a head may take, request line or status line included. */
    static final int LIMIT = 64 * 1024;

    private HeadReader() {}

    /**
     * The head's lines, CRLF or LF ended, the empty lines before it skipped (RFC 9112 §2.2); an empty
     * list when the stream ends before the head's first byte.
     *
     * @throws HttpError 431 when the head is larger than {@link #LIMIT}
     * @throws EOFException when the stream ends inside the head
     */
    static List<String> read(InputStream in) throws IOException, HttpError {
        List<String> lines = new ArrayList<>();
        var line = new ByteArrayOutputStream();
        int size = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (lines.isEmpty() && line.size() == 0) {
                    return lines;
                }
                throw new EOFException("The stream ended inside a head");
            }
            if (++size > LIMIT) {
                throw new HttpError(431, "Head larger than " + LIMIT + " bytes");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            if (!text.isEmpty()) {
                lines.add(text);
            } else if (!lines.isEmpty()) {
                return lines;
            }
        }
    }

    /** Adds the {@code name: value} lines to {@code headers}. */
    static void parseFields(List<String> lines, Headers headers) throws HttpError {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !token(line.substring(0, colon))) {
                throw new HttpError(400, "Invalid header line");
            }
            String value = line.substring(colon + 1).strip();
            if (value.chars().anyMatch(c -> c == '\r' || c == 0)) {
                throw new HttpError(400, "Invalid header value");
            }
            headers.add(line.substring(0, colon), value);
        }
    }

    /** RFC 9110's token: the characters of a method or a header name. */
    static boolean token(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0);
    }
}
