package com.amrs.launcher.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.List;

/** The api-server's status line and header fields. */
record ResponseHead(int status, String reason, Headers headers) {

    /** The next final (or 101) answer on {@code in}, the interim 1xx ones before it skipped. */
    static ResponseHead read(InputStream in) throws IOException {
        while (true) {
            List<String> lines;
            try {
                lines = HeadReader.read(in);
            } catch (HttpError e) {
                throw new ProtocolException("The api-server's head is too large");
            }
            if (lines.isEmpty()) {
                throw new ProtocolException("The api-server closed the connection without an answer");
            }
            ResponseHead head = parse(lines);
            if (head.status() >= 200 || head.status() == 101) {
                return head;
            }
        }
    }

    private static ResponseHead parse(List<String> lines) throws ProtocolException {
        String[] parts = lines.getFirst().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new ProtocolException("Invalid status line from the api-server");
        }
        var headers = new Headers();
        try {
            HeadReader.parseFields(lines.subList(1, lines.size()), headers);
        } catch (HttpError e) {
            throw new ProtocolException("Invalid header from the api-server");
        }
        int status = Integer.parseInt(parts[1]);
        return new ResponseHead(status, parts.length == 3 ? parts[2] : Answer.reason(status), headers);
    }

    /** The body's data on {@code in}: none, a Content-Length's worth (-1 for to the end), or chunks. */
    InputStream body(InputStream in, boolean headRequest) {
        if (headRequest || status == 204 || status == 304) {
            return InputStream.nullInputStream();
        }
        return headers.hasToken("Transfer-Encoding", "chunked") ? new ChunkedInputStream(in) : in;
    }

    /** The body's length: -1 when chunked or up to the end. */
    long length(boolean headRequest) throws ProtocolException {
        if (headers.hasToken("Transfer-Encoding", "chunked") && !headRequest) {
            return -1;
        }
        List<String> lengths = headers.all("Content-Length");
        if (lengths.stream().distinct().count() > 1
                || lengths.stream().anyMatch(length -> !length.matches("[0-9]{1,18}"))) {
            throw new ProtocolException("Invalid Content-Length from the api-server");
        }
        return lengths.isEmpty() ? -1 : Long.parseLong(lengths.getFirst());
    }
}
