package com.amrs.launcher.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/**
 * A request's path as nginx matches locations against it: percent-decoded, repeated slashes merged,
 * "." and ".." resolved, so {@code /js/%2e%2e/pom.xml} is {@code /pom.xml}; a ".." above the root is a
 * 400 as in nginx.
 */
final class RequestPath {

    private RequestPath() {}

    static String normalise(String rawPath) throws HttpError {
        String decoded = decode(rawPath);
        Deque<String> segments = new ArrayDeque<>();
        boolean directory = decoded.endsWith("/");
        for (String segment : decoded.split("/")) {
            directory = decoded.endsWith("/") || segment.equals(".") || segment.equals("..");
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    throw new HttpError(400, "Path above the root");
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String path = "/" + String.join("/", segments);
        return directory && !segments.isEmpty() ? path + "/" : path;
    }

    private static String decode(String raw) throws HttpError {
        var bytes = new ByteArrayOutputStream();
        byte[] text = raw.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '%') {
                bytes.write(text[i]);
                continue;
            }
            if (i + 2 >= text.length || !HexFormat.isHexDigit(text[i + 1]) || !HexFormat.isHexDigit(text[i + 2])) {
                throw new HttpError(400, "Invalid percent-encoding");
            }
            bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
            i += 2;
        }
        String decoded = bytes.toString(StandardCharsets.UTF_8);
        if (decoded.indexOf('\0') >= 0 || !decoded.startsWith("/")) {
            throw new HttpError(400, "Invalid path");
        }
        return decoded;
    }
}
