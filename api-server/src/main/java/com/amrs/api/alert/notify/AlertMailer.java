package com.amrs.api.alert.notify;

import com.amrs.api.alert.AlertProperties;
import com.amrs.config.SmtpSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Mails a notification to an e-mail channel's addresses over the report's SMTP settings. */
@Component
class AlertMailer {

    static final String ALERT_HEADER = "X-AMRS-Alert";

    private final AlertProperties.Mail settings;
    private final JavaMailSenderImpl sender;
    private final JsonMapper json;

    AlertMailer(AlertProperties properties, JsonMapper json) {
        this.settings = properties.mail();
        this.json = json;
        this.sender = settings.server()
                ? SmtpSender.of(
                        settings.host(),
                        settings.port(),
                        settings.starttls(),
                        settings.login() ? settings.from() : null,
                        settings.password(),
                        settings.timeout())
                : null;
    }

    boolean enabled() {
        return sender != null;
    }

    void send(AlertProperties.Channel channel, long alertId, String body) throws DeliveryException {
        if (sender == null) {
            throw DeliveryException.permanent("no SMTP server: set SMTP_SERVER to mail alerts");
        }
        JsonNode mail = json.readTree(body);
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(channel.email().stream().map(String::strip).toArray(String[]::new));
            helper.setSubject(mail.get("subject").asString());
            helper.setText(mail.get("text").asString());
            message.setHeader(ALERT_HEADER, String.valueOf(alertId));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw DeliveryException.transientFailure(
                    "SMTP " + settings.host() + ":" + settings.port() + ": " + cause.getMessage());
        }
    }
}
