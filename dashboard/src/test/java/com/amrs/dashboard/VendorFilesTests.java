package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.dashboard.support.Http;
import com.amrs.dashboard.support.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The page loads only files of its own: vendor bundles from npm at the locked versions, no CDN. */
class VendorFilesTests {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern VENDOR = Pattern.compile("vendor/([^/]+)/([^/]+)/[^\"]+");
    private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+)'");

    private final Path dashboard = Locations.fromSystemProperties().dashboardDir();

    @Test
    void loadsNothingFromAnotherHost() throws IOException {
        List<String> references = references();

        assertThat(references).isNotEmpty().noneMatch(reference -> reference.matches("(?i)^(https?:)?//.*"));
        assertThat(references).allSatisfy(reference -> {
            String file = reference.startsWith("#") ? null : reference.replaceFirst("[?#].*$", "");
            if (file != null) {
                assertThat(dashboard.resolve(file))
                        .as("%s in index.html", reference)
                        .exists();
            }
        });
    }

    @Test
    void namesTheVendorVersionsOfPackageLock() throws IOException {
        JsonNode lock = Http.parse(Files.readString(dashboard.resolve("package-lock.json")));
        List<String> vendor =
                references().stream().filter(r -> r.startsWith("vendor/")).toList();

        assertThat(vendor).hasSize(2);
        for (String reference : vendor) {
            Matcher matcher = VENDOR.matcher(reference);
            assertThat(matcher.matches()).as(reference).isTrue();
            String pkg = matcher.group(1).equals("stompjs") ? "@stomp/stompjs" : matcher.group(1);
            String locked = lock.path("packages")
                    .path("node_modules/" + pkg)
                    .path("version")
                    .asString();
            assertThat(matcher.group(2)).as("version of %s in index.html", pkg).isEqualTo(locked);
        }
    }

    @Test
    void importsOnlyModulesThatExist() throws IOException {
        try (Stream<Path> modules = Files.list(dashboard.resolve("js"))) {
            for (Path module : modules.toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(module));
                while (matcher.find()) {
                    assertThat(module.resolveSibling(matcher.group(1)))
                            .as("import in %s", module.getFileName())
                            .exists();
                }
            }
        }
    }

    private List<String> references() throws IOException {
        Matcher matcher = ATTRIBUTE.matcher(Files.readString(dashboard.resolve("index.html")));
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
