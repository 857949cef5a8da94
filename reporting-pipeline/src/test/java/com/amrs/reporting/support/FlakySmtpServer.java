package com.amrs.reporting.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A real SMTP front on a free loopback port: it greets the next {@link #failNext(int)} connections
 * with "421 try again later" and hangs up, as a busy mail server does, and relays every other
 * connection byte for byte to a real SMTP server (GreenMail).
 */
public final class FlakySmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final IntSupplier upstreamPort;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    public FlakySmtpServer(IntSupplier upstreamPort) {
        this.upstreamPort = upstreamPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("flaky-smtp").start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void failNext(int connections) {
        failuresLeft.set(connections);
    }

    public void reset() {
        failuresLeft.set(0);
        connections.set(0);
    }

    /** Connections accepted since the last {@link #reset()}. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                client.getOutputStream()
                        .write("421 4.3.2 Service busy, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort.getAsInt())) {
                Thread toUpstream = Thread.ofVirtual().start(() -> copy(client, upstream));
                copy(upstream, client);
                toUpstream.join();
            }
        } catch (IOException | InterruptedException e) {
            // the client or GreenMail hung up: the conversation is over either way
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed the connection
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
