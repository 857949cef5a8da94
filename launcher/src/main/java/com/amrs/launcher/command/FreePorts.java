package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.Http;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every port of a service still to start must be free: a busy one stops up before anything starts. */
final class FreePorts {

    private FreePorts() {}

    static void check(Settings settings) {
        Map<String, String> ports = new LinkedHashMap<>();
        ports.put(ServiceName.POSTGRES, "DB_PORT");
        ports.put(ServiceName.SIMULATOR, "OPCUA_PORT");
        ports.put(ServiceName.API_SERVER, "API_PORT");
        ports.put(ServiceName.DASHBOARD, "DASHBOARD_PORT");
        ports.put(ServiceName.REPORTING, "REPORTING_PORT");
        ports.forEach((service, variable) -> {
            if (Processes.of(settings.home(), service).isEmpty() && Http.portOpen(settings.port(variable))) {
                throw new LauncherException("cannot start " + service + ": port " + settings.get(variable)
                        + " is in use by a program ./amrs did not start. Stop it, or choose another port: "
                        + variable + "=<port> ./amrs up");
            }
        });
    }
}
