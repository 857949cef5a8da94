package com.amrs.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** A compose file read as docker compose reads it (merge keys resolved), its nodes as maps and lists. */
public record ComposeFile(Map<String, Object> root) {

    public static ComposeFile load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ComposeFile(new Yaml().load(reader));
        }
    }

    /** A top-level section: services, networks, volumes. */
    public Map<String, Object> section(String name) {
        return map(root.get(name));
    }

    public Map<String, Object> services() {
        return section("services");
    }

    public Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    /** A YAML list, or a single string where compose allows one. */
    public static List<String> list(Object node) {
        if (node instanceof String single) {
            return List.of(single);
        }
        assertThat(node).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(String::valueOf).toList();
    }
}
