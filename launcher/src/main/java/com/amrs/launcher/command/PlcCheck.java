package com.amrs.launcher.command;

import com.amrs.launcher.build.Jars;
import com.amrs.launcher.process.Os;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./amrs plc-check}: the PLC connections as the api-server makes them, one line per mapped node; exit 0
 * only when every one is usable. Needs nothing running (it reads the PLCs, not the database).
 */
final class PlcCheck {

    private PlcCheck() {}

    static int run(Home home, Map<String, String> environment, List<String> arguments) {
        Settings settings = CurrentSettings.of(home, environment);
        Jars.build(home.root(), List.of(ServiceName.API_SERVER), "1".equals(settings.get("AMRS_NO_BUILD")));
        List<String> command = new ArrayList<>(List.of(
                Os.java(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-jar",
                Jars.built(home.root(), ServiceName.API_SERVER).toString(),
                "plc-check"));
        command.addAll(arguments);
        try {
            var builder =
                    new ProcessBuilder(command).directory(home.root().toFile()).inheritIO();
            builder.environment().putAll(settings.environment());
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
