package com.amrs.api.live;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/** Sends JSON that is serialised already to a topic's subscribers, or to one of them. */
@Component
class StompTopics {

    static final String LIVE = "/topic/live";
    static final String KPIS = "/topic/kpis";

    private final SimpMessagingTemplate broker;
    private final MessageChannel clientOutbound;

    StompTopics(SimpMessagingTemplate broker, @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.broker = broker;
        this.clientOutbound = clientOutbound;
    }

    /** To every subscriber of the topic: the broker copies the headers, never the payload. */
    void send(String topic, byte[] json) {
        broker.send(
                topic,
                MessageBuilder.withPayload(json)
                        .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
                        .build());
    }

    /** To one subscription only, the way the broker addresses it: a new subscriber's first message. */
    void sendTo(String sessionId, String subscriptionId, String topic, byte[] json) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(topic);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        clientOutbound.send(MessageBuilder.createMessage(json, headers.getMessageHeaders()));
    }
}
