package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debian packages the tests need, installed with apt-get as root; anyone else is told the command. */
final class AptGet {

    private AptGet() {}

    static void install(List<String> packages) {
        String list = String.join(" ", packages);
        boolean root = "root".equals(System.getProperty("user.name"));
        String install = (root ? "" : "sudo ") + "apt-get install -y " + list;
        if (!root || !TestCommand.installed("apt-get")) {
            throw new LauncherException("the tests need " + list + " (missing here): run " + install
                    + " (or install them with your system's package manager), then ./amrs test again");
        }
        System.out.println("Installing " + list + " (apt-get) ...");
        List<String> get = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
        get.addAll(packages);
        if (run(List.of("apt-get", "update", "-qq")) != 0 || run(get) != 0) {
            throw new LauncherException(
                    "apt-get could not install " + list + ": run " + install + " to see why, then ./amrs test again");
        }
    }

    private static int run(List<String> command) {
        try {
            var builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(Map.of("DEBIAN_FRONTEND", "noninteractive"));
            return builder.start().waitFor();
        } catch (Exception e) {
            return 1;
        }
    }
}
