package com.amrs.launcher;

import com.amrs.launcher.command.Commands;
import com.amrs.launcher.settings.Home;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./amrs COMMAND} and {@code amrs.cmd COMMAND} (DESIGN.md §11, §20): the wrappers find a JDK 21+ and
 * the checkout ({@code -Damrs.root}), the rest is here.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> arguments) {
        try {
            Path root = Path.of(System.getProperty("amrs.root", "."));
            Home home = Home.of(root, System.getenv("AMRS_HOME"));
            return Commands.run(home, System.getenv(), arguments);
        } catch (LauncherException e) {
            System.out.flush();
            System.err.println("amrs: " + e.getMessage());
            return e.exitCode();
        }
    }
}
