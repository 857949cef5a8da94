package com.amrs.reporting.mail;

import com.amrs.config.SmtpSender;
import com.amrs.reporting.config.ReportingProperties;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
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

    public static final String REPORT_HEADER = "X-AMRS-Report";

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final ReportingProperties.Mail settings;
    private final JavaMailSenderImpl sender;
    private final Retry retry;

    ReportMailer(ReportingProperties properties) {
        this.settings = properties.report().mail();
        this.sender = settings.server() ? sender(settings) : null;
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
            log.info("Mail is off: reports are not mailed until SMTP_SERVER is set");
        }
    }

    /** Whether an SMTP server is set. */
    public boolean enabled() {
        return sender != null;
    }

    /** Who a report's mail goes to when its request named no one ({@code EMAIL_RECEIVER}). */
    public List<String> receivers() {
        return settings.receivers();
    }

    /** Sends the letter, retrying transient failures a few times at once; the outcome, never an exception. */
    public MailOutcome send(Letter letter) {
        return send(letter, null);
    }

    /** The same, with the report's id in the header {@value #REPORT_HEADER} for the receiver's filters. */
    public MailOutcome send(Letter letter, Long reportId) {
        if (sender == null || letter.to().isEmpty()) {
            return MailOutcome.skipped();
        }
        try {
            MimeMessage message = message(letter);
            if (reportId != null) {
                message.setHeader(REPORT_HEADER, String.valueOf(reportId));
            }
            retry.executeRunnable(() -> sender.send(message));
            log.info("Mailed {} to {}", letter.fileName(), String.join(", ", letter.to()));
            return MailOutcome.sent();
        } catch (MessagingException | RuntimeException e) {
            String reason = "SMTP " + settings.host() + ":" + settings.port() + ": " + reason(e);
            log.error(
                    "Could not mail {} to {}, the report is stored all the same: {}",
                    letter.fileName(),
                    letter.to(),
                    reason);
            return MailOutcome.failed(reason);
        }
    }

    private MimeMessage message(Letter letter) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(letter.to().toArray(String[]::new));
        helper.setSubject(letter.subject());
        helper.setText(letter.text(), letter.html());
        if (letter.pdf() != null) {
            helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.pdf()), "application/pdf");
        }
        return message;
    }

    private static JavaMailSenderImpl sender(ReportingProperties.Mail settings) {
        return SmtpSender.of(
                settings.host(),
                settings.port(),
                settings.starttls(),
                settings.login() ? settings.from() : null,
                settings.password(),
                settings.timeout());
    }

    private static String reason(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip();
    }
}
