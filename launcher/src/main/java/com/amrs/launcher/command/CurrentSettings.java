package com.amrs.launcher.command;

import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.process.Supervisor;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import com.amrs.launcher.settings.SettingsSnapshot;
import java.util.Map;

/** What the running services were started with, or else what up would use now. */
final class CurrentSettings {

    private CurrentSettings() {}

    static Settings of(Home home, Map<String, String> environment) {
        if (anyRunning(home)) {
            return SettingsSnapshot.load(home, environment).orElseGet(() -> Settings.compute(home, environment));
        }
        return Settings.compute(home, environment);
    }

    static boolean anyRunning(Home home) {
        return supervisorRunning(home)
                || ServiceName.ALL.stream()
                        .anyMatch(service -> Processes.of(home, service).isPresent());
    }

    static boolean supervisorRunning(Home home) {
        return Processes.of(home, Supervisor.NAME).isPresent();
    }
}
