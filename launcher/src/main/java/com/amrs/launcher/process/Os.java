package com.amrs.launcher.process;

import java.nio.file.Path;
import java.util.Locale;

/** Windows or not: the names of programs and where java is. */
public final class Os {

    private static final boolean WINDOWS =
            System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");

    private Os() {}

    public static boolean windows() {
        return WINDOWS;
    }

    public static String executable(String name) {
        return WINDOWS ? name + ".exe" : name;
    }

    /** The java that runs the launcher: the JDK 21+ the wrapper chose. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", executable("java"))
                .toString();
    }
}
