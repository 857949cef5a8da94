package com.amrs.launcher.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A head's header fields in their order, names compared without case, as HTTP/1.1 carries them. */
final class Headers {

    record Field(String name, String value) {}

    private final List<Field> fields = new ArrayList<>();

    Headers copy() {
        var copy = new Headers();
        copy.fields.addAll(fields);
        return copy;
    }

    Headers add(String name, String value) {
        fields.add(new Field(name, value));
        return this;
    }

    Headers set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    void remove(String... names) {
        fields.removeIf(field -> Arrays.stream(names).anyMatch(field.name()::equalsIgnoreCase));
    }

    boolean has(String name) {
        return first(name).isPresent();
    }

    Optional<String> first(String name) {
        return fields.stream()
                .filter(field -> field.name().equalsIgnoreCase(name))
                .map(Field::value)
                .findFirst();
    }

    /** The value, empty when absent, as nginx's {@code $http_name} variables are. */
    String value(String name) {
        return first(name).orElse("");
    }

    List<String> all(String name) {
        return fields.stream()
                .filter(field -> field.name().equalsIgnoreCase(name))
                .map(Field::value)
                .toList();
    }

    /** Whether one of the comma-separated elements of {@code name}'s values is {@code token}. */
    boolean hasToken(String name, String token) {
        return all(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(element -> element.split(";", 2)[0].strip())
                .anyMatch(token::equalsIgnoreCase);
    }

    /** The head's lines after the start line, and the empty line that ends it. */
    byte[] toBytes(String startLine) {
        var head = new StringBuilder(startLine).append("\r\n");
        for (Field field : fields) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
