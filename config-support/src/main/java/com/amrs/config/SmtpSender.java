package com.amrs.config;

import java.time.Duration;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP sender of both services ({@code SMTP_SERVER}, {@code SMTP_PORT}, {@code SMTP_STARTTLS}; a login with
 * {@code EMAIL_SENDER} and {@code EMAIL_PASSWORD} when a password is set): reports from the reporting pipeline,
 * alerts from the api-server.
 */
public final class SmtpSender {

    private SmtpSender() {}

    /**
     * @param login the user name, or null to send without logging in
     * @param timeout for connecting, reading and writing each
     */
    public static JavaMailSenderImpl of(
            String host, int port, boolean starttls, String login, String password, Duration timeout) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        String millis = String.valueOf(timeout.toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        if (login != null) {
            sender.setUsername(login);
            sender.setPassword(password);
            props.put("mail.smtp.auth", "true");
        }
        return sender;
    }
}
