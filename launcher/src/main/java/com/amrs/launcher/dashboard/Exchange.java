package com.amrs.launcher.dashboard;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.Locale;

/** One request on a client's connection: its head, and the connection's streams to read on and answer. */
record Exchange(RequestHead request, Socket socket, InputStream in, OutputStream out) {

    /** Accept-Encoding names gzip, and not with q=0 (nginx's gzip_http_version 1.1: not on HTTP/1.0). */
    boolean acceptsGzip() {
        return request != null
                && request.http11()
                && request.headers().all("Accept-Encoding").stream()
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(coding -> coding.replace(" ", "").toLowerCase(Locale.ROOT))
                        .anyMatch(coding -> coding.equals("gzip")
                                || (coding.startsWith("gzip;") && !coding.matches("gzip;q=0(\\.0*)?")));
    }

    boolean isHead() {
        return request != null && request.isHead();
    }

    boolean http11() {
        return request == null || request.http11();
    }

    boolean keepAlive() {
        return request != null && request.keepAlive();
    }
}
