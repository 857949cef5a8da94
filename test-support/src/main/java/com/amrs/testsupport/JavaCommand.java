package com.amrs.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Command lines that run Java on the test JVM's own {@code java}: a jar, or a main class on a class path. */
public final class JavaCommand {

    private JavaCommand() {}

    /** {@code java <jvmOptions> -jar <jar>}, as a user runs a service. */
    public static List<String> jar(Path jar, String... jvmOptions) {
        List<String> command = java(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** {@code java <jvmOptions> -cp <classpath> <mainClass> <args>}. */
    public static List<String> mainClass(String classpath, String mainClass, List<String> jvmOptions, String... args) {
        List<String> command = java(jvmOptions.toArray(String[]::new));
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The class path of the tests that run now (surefire's, where it runs them). */
    public static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** {@link #testClasspath()} without the test classes: what the module's own jar would run with. */
    public static String mainClasspath() {
        return Arrays.stream(testClasspath().split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> java(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmOptions));
        return command;
    }
}
