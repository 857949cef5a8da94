package com.amrs.api.alert.notify;

import com.amrs.api.alert.AlertProperties;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs a webhook body (DESIGN.md §17), signed in {@code X-AMRS-Signature: sha256=<hex HMAC-SHA256 of the body
 * with the channel's secret>} when the channel has a secret (Slack's and Teams' incoming webhooks take none). Any
 * answer but 2xx, and no answer within 10 s, is a failure to try again.
 */
@Component
class WebhookSender {

    static final String SIGNATURE = "X-AMRS-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    void send(AlertProperties.Channel channel, String body) throws DeliveryException {
        var request = HttpRequest.newBuilder(channel.webhook())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "AMRS alerts")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (channel.secret() != null && !channel.secret().isEmpty()) {
            request.header(SIGNATURE, "sha256=" + hmac(channel.secret(), body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw DeliveryException.transientFailure(
                        "HTTP " + response.statusCode() + " from " + channel.webhook());
            }
        } catch (IOException e) {
            throw DeliveryException.transientFailure(channel.webhook() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("interrupted");
        }
    }

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
