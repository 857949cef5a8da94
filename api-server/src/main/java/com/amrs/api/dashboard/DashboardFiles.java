package com.amrs.api.dashboard;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The page's files in the dashboard folder and nothing else of it (no pom.xml, node_modules, …): the
 * page revalidated on every load, vendor/ (whose paths hold the version) cached for a year, as
 * nginx.conf does; Last-Modified and ETag answer conditional requests with 304.
 */
final class DashboardFiles {

    private static final Set<String> TOP_LEVEL = Set.of("index.html", "favicon.svg", "config.json");
    private static final List<String> FOLDERS = List.of("css/", "js/", "vendor/");

    private final ResourceHttpRequestHandler page;
    private final ResourceHttpRequestHandler vendor;

    DashboardFiles(Path dir) {
        Resource folder = new FileSystemResource(dir.toAbsolutePath().normalize() + "/");
        this.page = handler(folder, CacheControl.noCache());
        this.vendor = handler(folder, CacheControl.maxAge(Duration.ofDays(365)));
    }

    /** Answers {@code path} ("/" is index.html) with its file, or 404 when it is not one of the page's. */
    void serve(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String file = path.equals("/") || path.isEmpty() ? "index.html" : path.substring(1);
        if (!published(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, file);
        try {
            (file.startsWith("vendor/") ? vendor : page).handleRequest(request, response);
        } catch (NoResourceFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (HttpRequestMethodNotSupportedException e) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private static boolean published(String file) {
        return TOP_LEVEL.contains(file) || FOLDERS.stream().anyMatch(file::startsWith);
    }

    private static ResourceHttpRequestHandler handler(Resource folder, CacheControl cacheControl) {
        var handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(folder));
        handler.setCacheControl(cacheControl);
        handler.setEtagGenerator(DashboardFiles::etag);
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serve the dashboard from " + folder, e);
        }
        return handler;
    }

    /**
     * nginx's ETag (the file's modification time in seconds and its size, in hex), weak as nginx makes
     * it when it gzips: Tomcat gzips no answer that has a strong one.
     */
    private static @Nullable String etag(Resource file) {
        try {
            return "W/\"" + Long.toHexString(file.lastModified() / 1000) + "-" + Long.toHexString(file.contentLength())
                    + "\"";
        } catch (IOException e) {
            return null;
        }
    }
}
