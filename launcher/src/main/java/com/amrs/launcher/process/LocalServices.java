package com.amrs.launcher.process;

import com.amrs.launcher.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The four services after PostgreSQL, as this machine runs them: the jars, and nginx or the launcher. */
public final class LocalServices {

    private LocalServices() {}

    public static List<ServiceSpec> of(Settings settings) {
        int api = settings.port("API_PORT");
        int reporting = settings.port("REPORTING_PORT");
        int dashboard = settings.port("DASHBOARD_PORT");
        int plc = settings.port("OPCUA_PORT");
        return List.of(
                new ServiceSpec(
                        ServiceName.SIMULATOR,
                        javaService(settings, ServiceName.SIMULATOR, "256m"),
                        plc,
                        () -> simulatorAnswers(settings),
                        false),
                new ServiceSpec(
                        ServiceName.API_SERVER,
                        javaService(settings, ServiceName.API_SERVER, "512m"),
                        api,
                        () -> Http.healthUp(api),
                        false),
                new ServiceSpec(
                        ServiceName.REPORTING,
                        javaService(settings, ServiceName.REPORTING, "512m"),
                        reporting,
                        () -> Http.healthUp(reporting),
                        true),
                new ServiceSpec(
                        ServiceName.DASHBOARD,
                        DashboardCommand.of(settings),
                        dashboard,
                        () -> Http.get("http://localhost:" + dashboard + "/").isPresent(),
                        true));
    }

    /** The private copy of a module's jar the service runs, so that a rebuild never changes it underneath. */
    public static Path jar(Settings settings, String module) {
        return settings.home().lib().resolve(module + ".jar");
    }

    static List<String> javaService(Settings settings, String module, String heap) {
        List<String> command = new ArrayList<>(List.of(
                Os.java(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                // a temp directory of its own: a shared /tmp/poifiles of another user would fail the Excel report
                "-Djava.io.tmpdir=" + settings.home().tmp()));
        command.addAll(javaOptions(settings));
        command.addAll(List.of("-jar", jar(settings, module).toString()));
        return command;
    }

    /** {@code AMRS_JAVA_OPTS}: a list of JVM options for every service. */
    static List<String> javaOptions(Settings settings) {
        String options = settings.get("AMRS_JAVA_OPTS");
        return options == null || options.isBlank()
                ? List.of()
                : Arrays.stream(options.strip().split("\\s+")).toList();
    }

    private static boolean simulatorAnswers(Settings settings) {
        return Http.portOpen(settings.port("OPCUA_PORT"))
                && Command.run(
                                List.of(
                                        Os.java(),
                                        "-XX:TieredStopAtLevel=1",
                                        "-XX:+UseSerialGC",
                                        "-Xmx64m",
                                        "-jar",
                                        jar(settings, ServiceName.SIMULATOR).toString(),
                                        "--healthcheck",
                                        settings.plcUrl()),
                                settings.home().run().resolve("simulator-healthcheck.out"),
                                null)
                        == 0;
    }
}
