package com.amrs.launcher.dashboard;

import java.util.regex.Pattern;

/** The locations of dashboard/nginx.conf, chosen the way nginx chooses among them. */
enum Route {
    /** {@code location /api/}: proxied, the problem JSON when the api-server is away. */
    API,
    /** {@code location /ws} and {@code location /stomp}: proxied, WebSocket upgrades tunnelled. */
    LIVE,
    /** {@code location /vendor/}: files only, cached for a year. */
    VENDOR,
    /** {@code location /}: files and directories' index.html, always revalidated. */
    PAGE,
    /** The build files' regex location: 404. */
    BLOCKED;

    /**
     * nginx.conf's regex, which wins over every prefix location. Without case here: on Windows and
     * macOS, /POM.XML is the file pom.xml.
     */
    private static final Pattern BUILD_FILES = Pattern.compile(
            "^/(?:node_modules|scripts|src|target|test)/|^/(?:pom\\.xml|package(?:-lock)?\\.json|nginx\\.conf"
                    + "|Dockerfile|README\\.md)$",
            Pattern.CASE_INSENSITIVE);

    /** The route of a decoded, normalised path. */
    static Route of(String path) {
        if (isBuildFile(path)) {
            return BLOCKED;
        }
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/ws") || path.startsWith("/stomp")) {
            return LIVE;
        }
        return path.startsWith("/vendor/") ? VENDOR : PAGE;
    }

    static boolean isBuildFile(String path) {
        return BUILD_FILES.matcher(path).find();
    }

    boolean proxied() {
        return this == API || this == LIVE;
    }
}
