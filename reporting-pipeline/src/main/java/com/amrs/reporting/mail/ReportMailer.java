package com.amrs.reporting.mail;

import com.amrs.reporting.config.ReportingProperties;
import com.amrs.reporting.data.ReportData;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a report, PDF attached, in one message to all receivers. Transient failures (the server
 * is away or answers 4xx) are retried with exponential backoff; a failure is returned, not thrown,
 * because the report itself is already stored.
 */
@Component
public class ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final ReportingProperties.Mail settings;
    private final JavaMailSenderImpl sender;
    private final Retry retry;

    ReportMailer(ReportingProperties properties) {
        this.settings = properties.report().mail();
        this.sender = settings.configured() ? sender(settings) : null;
        this.retry = Retry.of(
                "mail",
                RetryConfig.custom()
                        .maxAttempts(settings.attempts())
                        .intervalFunction(
                                IntervalFunction.ofExponentialBackoff(settings.backoff(), settings.multiplier()))
                        .retryExceptions(MailSendException.class)
                        .build());
        retry.getEventPublisher()
                .onRetry(event -> log.warn(
                        "Mail attempt {} of {} failed, next in {}: {}",
                        event.getNumberOfRetryAttempts(),
                        settings.attempts(),
                        event.getWaitInterval(),
                        reason(event.getLastThrowable())));
        if (sender == null) {
            log.info("Mail is off: reports are not mailed until SMTP_SERVER and EMAIL_RECEIVER are set");
        }
    }

    public boolean enabled() {
        return sender != null;
    }

    public MailOutcome send(ReportData data, String fileName, byte[] pdf) {
        if (sender == null) {
            return MailOutcome.skipped();
        }
        try {
            MimeMessage message = message(data, fileName, pdf);
            retry.executeRunnable(() -> sender.send(message));
            log.info("Mailed {} to {}", fileName, String.join(", ", settings.receivers()));
            return MailOutcome.sent();
        } catch (MessagingException | RuntimeException e) {
            String reason = "SMTP " + settings.host() + ":" + settings.port() + ": " + reason(e);
            log.error(
                    "Could not mail {} to {}, the report is stored all the same: {}",
                    fileName,
                    settings.receivers(),
                    reason);
            return MailOutcome.failed(reason);
        }
    }

    private MimeMessage message(ReportData data, String fileName, byte[] pdf) throws MessagingException {
        MailSummary summary = MailSummary.of(data, fileName);
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(settings.receivers().toArray(String[]::new));
        helper.setSubject(summary.subject());
        helper.setText(summary.plain(), summary.html());
        helper.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
        return message;
    }

    private static JavaMailSenderImpl sender(ReportingProperties.Mail settings) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        if (settings.login()) {
            sender.setUsername(settings.from());
            sender.setPassword(settings.password());
            props.put("mail.smtp.auth", "true");
        }
        return sender;
    }

    private static String reason(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip();
    }
}
