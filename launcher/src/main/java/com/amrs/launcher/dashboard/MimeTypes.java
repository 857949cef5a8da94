package com.amrs.launcher.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** nginx.conf's types, charset_types and gzip_types. */
final class MimeTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("csv", "text/csv"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"));

    /** charset_types, and text/html, which nginx always counts among them. */
    private static final Set<String> CHARSET = Set.of(
            "text/html", "text/css", "text/javascript", "application/json", "image/svg+xml", "text/csv", "text/plain");

    /** gzip_types, and text/html, which nginx always compresses. */
    private static final Set<String> GZIP = Set.of(
            "text/html",
            "text/css",
            "text/javascript",
            "application/javascript",
            "application/json",
            "application/problem+json",
            "image/svg+xml",
            "text/csv",
            "text/plain");

    private MimeTypes() {}

    /** The type of a file name, by its extension (without case), application/octet-stream else. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    /** {@code charset utf-8}: the type with {@code ; charset=utf-8} when it is text and names none. */
    static String withCharset(String contentType) {
        if (CHARSET.contains(base(contentType))
                && !contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            return contentType + "; charset=utf-8";
        }
        return contentType;
    }

    static boolean gzipped(String contentType) {
        return GZIP.contains(base(contentType));
    }

    private static String base(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
