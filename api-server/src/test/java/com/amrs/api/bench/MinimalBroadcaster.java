package com.amrs.api.bench;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * The yardstick of {@link LiveFanOutBenchmark}: a plain WebSocket broadcaster on embedded Tomcat, no Spring,
 * no queues, no limits: {@code getAsyncRemote().sendText} to every client, skipping one whose last send has
 * not finished. It takes the api-server's updates as a {@code /ws} client and sends each again 500 ms later
 * (between two polls), stamped with the instant it starts sending. Args: port, the api-server's {@code /ws}.
 */
public final class MinimalBroadcaster {

    private MinimalBroadcaster() {}

    @ServerEndpoint("/ws")
    public static final class Clients {

        static final Set<Session> ALL = ConcurrentHashMap.newKeySet();

        @OnOpen
        public void open(Session session) {
            ALL.add(session);
        }

        @OnClose
        public void close(Session session) {
            ALL.remove(session);
        }
    }

    static void broadcast(String update) {
        String text = update.replaceFirst("\"timestamp\":\"[^\"]+\"", "\"timestamp\":\"" + Instant.now() + "\"");
        for (Session client : Clients.ALL) {
            try {
                client.getAsyncRemote().sendText(text);
            } catch (IllegalStateException stillSendingTheLastOne) {
                // skipped
            }
        }
    }

    public static void main(String[] args) throws Exception {
        var tomcat = new Tomcat();
        tomcat.setPort(Integer.parseInt(args[0]));
        tomcat.setBaseDir(Files.createTempDirectory("minimal-broadcaster").toString());
        tomcat.getConnector();
        var context = tomcat.addContext("", null);
        context.addServletContainerInitializer(new WsSci(), Set.of(Clients.class));
        // requests reach the upgrade filter only when some servlet is mapped
        Tomcat.addServlet(context, "default", new DefaultServlet());
        context.addServletMappingDecoded("/", "default");
        tomcat.start();

        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        var feed = ContainerProvider.getWebSocketContainer();
        feed.setDefaultMaxTextMessageBufferSize(4 * 1024 * 1024);
        feed.connectToServer(
                new Endpoint() {
                    @Override
                    public void onOpen(Session session, EndpointConfig config) {
                        session.addMessageHandler(String.class, (MessageHandler.Whole<String>)
                                update -> later.schedule(() -> broadcast(update), 500, TimeUnit.MILLISECONDS));
                    }
                },
                ClientEndpointConfig.Builder.create().build(),
                URI.create(args[1]));
        System.out.println("READY");
        tomcat.getServer().await();
    }
}
