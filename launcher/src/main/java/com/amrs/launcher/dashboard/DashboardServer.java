package com.amrs.launcher.dashboard;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard where nginx is absent (DESIGN.md §11, §20): on one port, what dashboard/nginx.conf
 * serves — the page's files from the dashboard folder, and {@code /api/}, {@code /ws} and {@code
 * /stomp} proxied to the api-server on 127.0.0.1. One virtual thread per connection.
 */
public final class DashboardServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DashboardServer.class.getName());

    private final ServerSocket server;
    private final StaticFiles files;
    private final ApiProxy proxy;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private Thread acceptor;

    private DashboardServer(ServerSocket server, StaticFiles files, ApiProxy proxy) {
        this.server = server;
        this.files = files;
        this.proxy = proxy;
    }

    /**
     * Listens on {@code port} (0: any free one) on every interface, as nginx's {@code listen 8080} does.
     *
     * @param root the dashboard folder
     * @param apiPort the api-server's port on 127.0.0.1
     * @throws BindException naming the port when another program has it
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static DashboardServer start(int port, Path root, int apiPort) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("The dashboard folder " + root.toAbsolutePath() + " does not exist");
        }
        var socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            socket.close();
            var busy = new BindException("Cannot serve the dashboard on port " + port
                    + ", another program listens there? (" + e.getMessage() + ")");
            busy.initCause(e);
            throw busy;
        }
        var dashboard = new DashboardServer(socket, new StaticFiles(root.toRealPath()), new ApiProxy(apiPort));
        dashboard.acceptor =
                Thread.ofVirtual().name("dashboard-" + dashboard.port()).start(dashboard::accept);
        return dashboard;
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Stops listening and closes every open connection, tunnelled WebSockets too; returns once the port is free
     * (a socket closed while a virtual thread waits in accept is let go only when that thread has left it).
     */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
        try {
            acceptor.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                if (server.isClosed()) {
                    socket.close();
                }
                Thread.ofVirtual().name("dashboard-connection").start(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "The dashboard could not accept a connection", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try {
            new ClientConnection(socket, files, proxy).run();
        } finally {
            connections.remove(socket);
        }
    }
}
