package com.amrs.api.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTests {

    @Test
    void triesAgainAfterOneSecondThenTwiceAsLongUpToFiveMinutes() {
        assertThat(IntStream.rangeClosed(1, 11).mapToObj(NotificationDispatcher::backoff))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofSeconds(32),
                        Duration.ofSeconds(64),
                        Duration.ofSeconds(128),
                        Duration.ofSeconds(256),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
        assertThat(NotificationDispatcher.backoff(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void signsTheBodyAsTheReceiverChecksIt() {
        // echo -n '{"alert":1}' | openssl dgst -sha256 -hmac 'secret'
        assertThat(WebhookSender.hmac("secret", "{\"alert\":1}"))
                .isEqualTo("b4c461f1522f34f430ab0206c55e466f4eb73fd1b2abfed81b600f32a350464c");
    }
}
