package com.amrs.launcher.command;

import com.amrs.launcher.settings.Home;
import java.util.List;
import java.util.Map;

/** The commands of {@code ./amrs} (and {@code amrs.cmd}), by name; the exit code of each. */
public final class Commands {

    private Commands() {}

    public static int run(Home home, Map<String, String> environment, List<String> arguments) {
        String command = arguments.isEmpty() ? "" : arguments.getFirst();
        List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        return switch (command) {
            case "up" -> Up.run(home, environment);
            case "status" -> Status.run(home, environment);
            case "logs" -> Logs.run(home, rest);
            case "report" -> Report.run(home, environment);
            case "down", "stop" -> Down.run(home, environment);
            case "plc-check" -> PlcCheck.run(home, environment, rest);
            case "test" -> TestCommand.run(home, rest);
            case "supervise" -> Supervise.run(home, environment);
            case "serve-dashboard" -> ServeDashboard.run(rest);
            case "help", "-h", "--help" -> {
                System.out.println(Usage.text(home));
                yield 0;
            }
            default -> {
                System.err.println(Usage.text(home));
                yield 2;
            }
        };
    }
}
