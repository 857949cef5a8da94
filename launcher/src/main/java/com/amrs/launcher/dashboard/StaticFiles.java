package com.amrs.launcher.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The page's files under the root, as nginx.conf's {@code location /} and {@code location /vendor/}
 * serve them: index.html for a directory, ETag and Last-Modified for revalidation, 404 for the build
 * files and for anything whose real path (symbolic links followed) is outside the root.
 */
final class StaticFiles {

    private final Path root;

    /** @param root the real path of the folder */
    StaticFiles(Path root) {
        this.root = root;
    }

    boolean serve(Exchange exchange, String path, Route route) throws IOException {
        if (route == Route.BLOCKED) {
            return Answer.error(exchange, 404, true);
        }
        Optional<Path> file = inRoot(path);
        if (file.isPresent() && route == Route.PAGE && !path.endsWith("/") && Files.isDirectory(file.get())) {
            return redirectToDirectory(exchange);
        }
        if (file.isPresent() && route == Route.PAGE && path.endsWith("/")) {
            file = inRoot(path + "index.html");
        }
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Answer.error(exchange, 404, true);
        }
        if (!exchange.request().method().equals("GET") && !exchange.isHead()) {
            return Answer.error(exchange, 405, true);
        }
        return send(exchange, file.get(), route == Route.VENDOR ? Expiry.YEAR : Expiry.EPOCH);
    }

    private boolean send(Exchange exchange, Path file, Expiry expiry) throws IOException {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Instant modified = Instant.ofEpochSecond(attributes.lastModifiedTime().to(TimeUnit.SECONDS));
        String etag =
                "\"" + Long.toHexString(modified.getEpochSecond()) + "-" + Long.toHexString(attributes.size()) + "\"";
        int status = Preconditions.status(exchange.request().headers(), etag, modified);
        if (status == 412) {
            return Answer.error(exchange, 412, true);
        }
        var headers = new Headers();
        if (status == 200) {
            headers.add("Content-Type", MimeTypes.of(file.getFileName().toString()));
        }
        headers.add("Last-Modified", HttpDates.format(modified)).add("ETag", etag);
        expiry.addTo(headers, status);
        try (InputStream body = Files.newInputStream(file)) {
            return Answer.send(exchange, status, Answer.reason(status), headers, body, attributes.size());
        }
    }

    /** nginx's answer to a directory without its slash: the same path with it. */
    private boolean redirectToDirectory(Exchange exchange) throws IOException {
        String target = exchange.request().target();
        int query = target.indexOf('?');
        String location = query < 0 ? target + "/" : target.substring(0, query) + "/" + target.substring(query);
        var headers = new Headers().add("Location", location);
        Expiry.EPOCH.addTo(headers, 301);
        return Answer.page(exchange, 301, headers);
    }

    /**
     * The file of a normalised path when it, with its links followed, is inside the root and is no build
     * file by its real name (on Windows, /pom.xml. is pom.xml); a name with a backslash or colon is none.
     */
    private Optional<Path> inRoot(String path) {
        String relative = path.substring(1);
        if (relative.contains("\\") || relative.contains(":")) {
            return Optional.empty();
        }
        try {
            Path real = root.resolve(relative).toRealPath();
            String inside = "/" + root.relativize(real).toString().replace('\\', '/');
            return real.startsWith(root) && !Route.isBuildFile(inside) && !Route.isBuildFile(inside + "/")
                    ? Optional.of(real)
                    : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
