package com.amrs.launcher.build;

import com.amrs.launcher.process.Os;
import java.nio.file.Path;

/** The checkout's Maven wrapper for this system. */
public final class Maven {

    private Maven() {}

    public static String wrapper(Path root) {
        return root.resolve(Os.windows() ? "mvnw.cmd" : "mvnw").toString();
    }
}
