package com.amrs.launcher.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/** The bytes of an upgraded connection (WebSocket) copied both ways until one side closes. */
final class Tunnel {

    private Tunnel() {}

    /**
     * Returns when both directions have ended: when one side ends its stream, that end is passed on and
     * both connections close; so do they on an error, or after {@code idle} without a byte one way.
     *
     * @param clientIn and {@code upstreamIn}: the streams the heads were read on, which may hold the
     *     first bytes already
     */
    static void run(Socket client, InputStream clientIn, Socket upstream, InputStream upstreamIn, Duration idle)
            throws IOException {
        client.setSoTimeout((int) idle.toMillis());
        upstream.setSoTimeout((int) idle.toMillis());
        Thread toUpstream = Thread.ofVirtual().name("dashboard-tunnel").start(() -> pump(clientIn, upstream, client));
        pump(upstreamIn, client, upstream);
        try {
            toUpstream.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pump(InputStream from, Socket to, Socket other) {
        try {
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                out.write(buffer, 0, read);
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // one side went away or stayed silent too long: the tunnel ends either way
        } finally {
            closeQuietly(to);
            closeQuietly(other);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed: nothing left to free
        }
    }
}
