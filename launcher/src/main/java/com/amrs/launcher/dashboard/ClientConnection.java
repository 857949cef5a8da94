package com.amrs.launcher.dashboard;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;

/** One client's connection: its requests in turn while it stays open (keep-alive), each answered. */
final class ClientConnection implements Runnable {

    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());

    /** nginx's keepalive_timeout, and the longest wait for a head's or a body's next byte. */
    private static final Duration IDLE = Duration.ofSeconds(65);

    private final Socket socket;
    private final StaticFiles files;
    private final ApiProxy proxy;

    ClientConnection(Socket socket, StaticFiles files, ApiProxy proxy) {
        this.socket = socket;
        this.files = files;
        this.proxy = proxy;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout((int) IDLE.toMillis());
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            while (next(in, out)) {
                // one request after the other on this connection
            }
        } catch (SocketException e) {
            LOG.log(Level.DEBUG, "Dashboard connection ended: {0}", e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Dashboard connection failed", e);
        }
    }

    /** Answers the connection's next request; whether the connection stays open for another. */
    private boolean next(InputStream in, OutputStream out) throws IOException {
        var exchange = new Exchange(null, socket, in, out);
        try {
            List<String> lines = HeadReader.read(in);
            if (lines.isEmpty()) {
                return false;
            }
            exchange = new Exchange(RequestHead.parse(lines), socket, in, out);
            String path = RequestPath.normalise(exchange.request().path());
            Route route = Route.of(path);
            byte[] body = RequestBody.read(exchange);
            return route.proxied() ? proxy.forward(exchange, route, body) : files.serve(exchange, path, route);
        } catch (HttpError e) {
            LOG.log(Level.DEBUG, "Dashboard request refused with {0}: {1}", e.status(), e.getMessage());
            return Answer.error(exchange, e.status(), false);
        }
    }
}
