package com.amrs.api.live;

import com.amrs.api.security.SessionSockets;
import com.amrs.api.system.AmrsProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * {@code /stomp}: STOMP over WebSocket on Spring's simple broker, topics {@code /topic/live} and
 * {@code /topic/kpis} (DESIGN.md §8). Each message to a client is written on a virtual thread of its
 * own; a client that lags beyond the send time or buffer limit is dropped, and Spring logs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompConfig implements WebSocketMessageBrokerConfigurer {

    private final AmrsProperties.Api api;
    private final StompClients clients;
    private final SessionSockets sessionSockets;
    private final TaskScheduler scheduler;

    /** The broker's own scheduler sends the heart-beats; lazy, as it is defined by this very setup. */
    StompConfig(
            AmrsProperties properties,
            StompClients clients,
            SessionSockets sessionSockets,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
        this.api = properties.api();
        this.clients = clients;
        this.sessionSockets = sessionSockets;
        this.scheduler = scheduler;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/stomp")
                .addInterceptors(SessionSockets.handshake())
                .setAllowedOrigins(api.corsOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long heartbeat = api.live().heartbeat().toMillis();
        registry.enableSimpleBroker("/topic")
                .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                .setTaskScheduler(scheduler);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration
                .setSendTimeLimit(Math.toIntExact(api.live().sendTimeLimit().toMillis()))
                .setSendBufferSizeLimit(
                        Math.toIntExact(api.live().sendBufferSizeLimit().toBytes()))
                .addDecoratorFactory(clients)
                .addDecoratorFactory(sessionSockets);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(StompClients.listenOnly());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(new VirtualThreadTaskExecutor("live-stomp-")).interceptors(clients.messageCounter());
    }
}
