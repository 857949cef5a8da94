package com.amrs.launcher.command;

import com.amrs.launcher.postgres.PostgresBinaries;
import com.amrs.launcher.postgres.PostgresCluster;
import com.amrs.launcher.postgres.PostgresWatch;
import com.amrs.launcher.process.LocalServices;
import com.amrs.launcher.process.Supervisor;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import com.amrs.launcher.settings.SettingsSnapshot;
import java.util.Map;

/** {@code supervise}: what {@code up} starts in the background; not a command for users. */
final class Supervise {

    private Supervise() {}

    static int run(Home home, Map<String, String> environment) {
        Settings settings =
                SettingsSnapshot.load(home, environment).orElseGet(() -> Settings.compute(home, environment));
        var cluster = new PostgresCluster(home, PostgresBinaries.select(home, settings.get("AMRS_PGSQL")));
        new Supervisor(
                        home,
                        LocalServices.of(settings),
                        settings.environment(),
                        new PostgresWatch(home, cluster, settings.port("DB_PORT")))
                .run();
        return 0;
    }
}
