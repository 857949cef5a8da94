package com.amrs.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile as its instructions: continuation lines joined, comments and parser directives dropped. */
public record Dockerfile(Path path, List<Instruction> instructions) {

    /** One instruction, e.g. {@code FROM} with {@code eclipse-temurin:21-jre}. */
    public record Instruction(String keyword, String arguments) {}

    public static Dockerfile parse(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().strip();
            current.setLength(0);
            int space = instruction.indexOf(' ');
            instructions.add(new Instruction(
                    instruction.substring(0, space).toUpperCase(Locale.ROOT),
                    instruction.substring(space + 1).strip()));
        }
        return new Dockerfile(path, List.copyOf(instructions));
    }

    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The instructions of the last stage: what the image is made of. */
    public List<Instruction> finalStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                last = i;
            }
        }
        return instructions.subList(last, instructions.size());
    }

    /** The instructions of every stage before the last: the build. */
    public List<Instruction> buildStages() {
        return instructions.subList(0, instructions.size() - finalStage().size());
    }

    /** The image the final stage starts from. */
    public String baseImage() {
        return finalStage().getFirst().arguments().split("\\s+")[0];
    }
}
