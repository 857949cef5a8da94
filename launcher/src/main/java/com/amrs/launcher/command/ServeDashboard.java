package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.dashboard.DashboardServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code serve-dashboard --port P --root DIR --api-port A}: the dashboard where nginx is absent. */
final class ServeDashboard {

    private ServeDashboard() {}

    static int run(List<String> arguments) {
        if (arguments.size() != 6
                || !arguments.get(0).equals("--port")
                || !arguments.get(2).equals("--root")
                || !arguments.get(4).equals("--api-port")) {
            throw new LauncherException("usage: serve-dashboard --port P --root DIR --api-port A", 2);
        }
        int port = Integer.parseInt(arguments.get(1));
        int apiPort = Integer.parseInt(arguments.get(5));
        try (var server = DashboardServer.start(port, Path.of(arguments.get(3)), apiPort)) {
            System.out.println("Dashboard on port " + port + ": the page from " + arguments.get(3)
                    + ", /api, /ws and /stomp from the api-server on port " + apiPort);
            new CountDownLatch(1).await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            throw new LauncherException("the dashboard cannot serve on port " + port + ": " + e.getMessage());
        }
    }
}
