package com.amrs.launcher.command;

import com.amrs.launcher.process.Http;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.process.ServiceState;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import java.util.Map;
import java.util.Optional;

/** {@code ./amrs status}: one line per service; exit 0 only when all run. */
final class Status {

    private Status() {}

    static int run(Home home, Map<String, String> environment) {
        Settings settings = CurrentSettings.of(home, environment);
        boolean all = true;
        for (String service : ServiceName.ALL) {
            Optional<ProcessHandle> process = Processes.of(home, service);
            if (process.isPresent()) {
                System.out.printf(
                        "%-19s running  pid %-8d %s%n", service, process.get().pid(), detail(settings, service));
            } else {
                String why = ServiceState.read(home, service)
                        .filter(state -> !state.is("running") && !state.is("starting"))
                        .map(state -> "  (" + (state.is("stopped") ? "" : state.word() + " ") + state.detail() + ")")
                        .orElse("");
                System.out.printf("%-19s stopped%s%n", service, why);
                all = false;
            }
        }
        return all ? 0 : 3;
    }

    private static String detail(Settings settings, String service) {
        return switch (service) {
            case ServiceName.POSTGRES ->
                "port " + settings.get("DB_PORT") + ", data " + settings.home().pgdata();
            case ServiceName.SIMULATOR -> settings.plcUrl();
            case ServiceName.API_SERVER ->
                "http://localhost:" + settings.get("API_PORT")
                        + (Http.healthUp(settings.port("API_PORT"))
                                ? ""
                                : " (not healthy yet: ./amrs logs api-server)");
            case ServiceName.REPORTING -> "reports in " + settings.reportsDir();
            default ->
                "http://localhost:" + settings.get("DASHBOARD_PORT")
                        + (settings.nginx().isPresent() ? "" : " (served by the launcher)");
        };
    }
}
