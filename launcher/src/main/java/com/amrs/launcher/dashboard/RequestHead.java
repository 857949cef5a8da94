package com.amrs.launcher.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A client's request line and header fields, checked as nginx checks them before any location: a
 * known HTTP/1.x version, one Host on HTTP/1.1, one body length and no other transfer coding than
 * chunked (which stops request smuggling at this server).
 *
 * @param target the origin-form target, path and query, as the client sent it
 */
record RequestHead(String method, String target, boolean http11, Headers headers) {

    static RequestHead parse(List<String> lines) throws HttpError {
        String[] parts = lines.getFirst().split(" ", -1);
        if (parts.length != 3
                || !HeadReader.token(parts[0])
                || parts[1].isEmpty()
                || parts[1].chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw new HttpError(400, "Invalid request line");
        }
        boolean http11 = version(parts[2]);
        var headers = new Headers();
        HeadReader.parseFields(lines.subList(1, lines.size()), headers);
        var head = new RequestHead(parts[0], originForm(parts[1]), http11, headers);
        head.checkFraming();
        return head;
    }

    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    boolean isHead() {
        return method.equals("HEAD");
    }

    boolean keepAlive() {
        return http11 && !headers.hasToken("Connection", "close");
    }

    boolean chunked() {
        return headers.has("Transfer-Encoding");
    }

    /** The Content-Length, -1 when there is none. */
    long contentLength() {
        return headers.first("Content-Length").map(Long::parseLong).orElse(-1L);
    }

    boolean hasBody() {
        return chunked() || contentLength() >= 0;
    }

    private static boolean version(String version) throws HttpError {
        return switch (version) {
            case "HTTP/1.1" -> true;
            case "HTTP/1.0" -> false;
            default -> {
                if (version.matches("HTTP/[02-9]\\.[0-9]")) {
                    throw new HttpError(505, "HTTP version not supported: " + version);
                }
                throw new HttpError(400, "Invalid HTTP version");
            }
        };
    }

    /** The path and query of an absolute-form target ({@code http://host/path}), as nginx takes it. */
    private static String originForm(String target) throws HttpError {
        if (target.startsWith("/")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int path = target.indexOf('/', lower.indexOf("//") + 2);
            return path < 0 ? "/" : target.substring(path);
        }
        throw new HttpError(400, "Invalid request target");
    }

    private void checkFraming() throws HttpError {
        if (http11 && headers.all("Host").size() != 1) {
            throw new HttpError(400, "HTTP/1.1 needs one Host header");
        }
        List<String> lengths = headers.all("Content-Length");
        if (lengths.stream().distinct().count() > 1
                || lengths.stream().anyMatch(length -> !length.matches("[0-9]{1,18}"))) {
            throw new HttpError(400, "Invalid Content-Length");
        }
        List<String> codings = headers.all("Transfer-Encoding");
        if (!codings.isEmpty() && (!lengths.isEmpty() || !http11)) {
            throw new HttpError(400, "Transfer-Encoding with Content-Length or on HTTP/1.0");
        }
        if (!codings.isEmpty() && !(codings.size() == 1 && codings.getFirst().equalsIgnoreCase("chunked"))) {
            throw new HttpError(501, "Transfer coding not implemented: " + codings);
        }
    }
}
