package com.amrs.api.alert;

import com.amrs.api.system.MailAddresses;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code amrs.alerts} of config/amrs.yml (DESIGN.md §17): where alerts go ({@code channels}: e-mail addresses or a
 * webhook) and when they fire ({@code rules}). Checked at start-up: a bad entry stops it, naming its key.
 */
@ConfigurationProperties("amrs.alerts")
public record AlertProperties(
        List<Channel> channels,
        List<Rule> rules,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue Mail mail) {

    /**
     * The SMTP server of e-mail channels: the report's settings ({@code SMTP_SERVER}, {@code SMTP_PORT}, {@code
     * SMTP_STARTTLS}, {@code EMAIL_SENDER}, {@code EMAIL_PASSWORD}); mail is off while the host is empty.
     */
    public record Mail(
            String host,
            @DefaultValue("587") int port,
            @DefaultValue("true") boolean starttls,
            String sender,
            String password,
            @DefaultValue("30s") Duration timeout) {

        public static final String DEFAULT_SENDER = "amrs-alerts@localhost";

        public boolean server() {
            return host != null && !host.isBlank();
        }

        public String from() {
            return sender == null || sender.isBlank() ? DEFAULT_SENDER : sender;
        }

        public boolean login() {
            return password != null && !password.isEmpty();
        }
    }

    /**
     * A channel: {@code email} (addresses, over the report's SMTP settings) or {@code webhook} (an http(s) URL,
     * the body signed with {@code secret}).
     */
    public record Channel(String name, List<String> email, URI webhook, String secret) {

        public Channel {
            email = email == null ? List.of() : List.copyOf(email);
        }

        public boolean isWebhook() {
            return webhook != null;
        }
    }

    /**
     * A rule: it fires when its condition ({@code when}) holds for {@code for}, and notifies its channels; while
     * nobody acknowledges it, again every {@code repeat} (0: never).
     *
     * @param threshold per cent (0–100) for {@code yield_below} and {@code oee_below}
     * @param window the span {@code yield_below} and {@code oee_below} look back over
     * @param machines the machines it watches; none: every machine
     * @param channels the channels it notifies ({@code notify})
     */
    public record Rule(
            String name,
            String when,
            @Name("for") @DefaultValue("0s") Duration holdFor,
            Double threshold,
            @DefaultValue("1h") Duration window,
            List<String> machines,
            @Name("notify") List<String> channels,
            @DefaultValue("1h") Duration repeat) {

        public Rule {
            machines = machines == null ? List.of() : List.copyOf(machines);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }

        public Condition condition() {
            return Condition.parse(when).orElseThrow();
        }
    }

    public AlertProperties {
        channels = channels == null ? List.of() : List.copyOf(channels);
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (mail.port() < 1 || mail.port() > 65535) {
            throw new IllegalArgumentException("amrs.alerts.mail.port (SMTP_PORT) must be 1-65535, was " + mail.port());
        }
        Set<String> channelNames = checkChannels(channels);
        checkRules(rules, channelNames);
    }

    private static Set<String> checkChannels(List<Channel> channels) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            String key = "amrs.alerts.channels[" + i + "]";
            requireName(channel.name(), key, names);
            if (channel.email().isEmpty() == (channel.webhook() == null)) {
                throw new IllegalArgumentException(key + " needs either email (addresses) or webhook (a URL), was "
                        + (channel.webhook() == null ? "neither" : "both"));
            }
            for (int j = 0; j < channel.email().size(); j++) {
                String address = channel.email().get(j);
                if (address == null || !MailAddresses.valid(address.strip())) {
                    throw new IllegalArgumentException(
                            key + ".email[" + j + "] = \"" + address + "\" is not an e-mail address");
                }
            }
            if (channel.webhook() != null) {
                String scheme = String.valueOf(channel.webhook().getScheme()).toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")
                        || channel.webhook().getHost() == null) {
                    throw new IllegalArgumentException(key + ".webhook = \"" + channel.webhook()
                            + "\" must be an http or https URL, e.g. https://hooks.slack.com/services/…");
                }
            }
        }
        return names;
    }

    private static void checkRules(List<Rule> rules, Set<String> channels) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String key = "amrs.alerts.rules[" + i + "]";
            requireName(rule.name(), key, names);
            Condition condition = Condition.parse(rule.when())
                    .orElseThrow(() -> new IllegalArgumentException(
                            key + ".when = \"" + rule.when() + "\" is not one of " + Condition.codes()));
            if (condition.hasThreshold()) {
                if (rule.threshold() == null || rule.threshold() < 0 || rule.threshold() > 100) {
                    throw new IllegalArgumentException(key + ".threshold must be a per cent between 0 and 100 for "
                            + condition.code() + ", was " + rule.threshold());
                }
            } else if (rule.threshold() != null) {
                throw new IllegalArgumentException(
                        key + ".threshold is only for yield_below and oee_below, not " + condition.code());
            }
            requireNotNegative(rule.holdFor(), key + ".for");
            requireNotNegative(rule.repeat(), key + ".repeat");
            if (rule.window().isNegative() || rule.window().isZero()) {
                throw new IllegalArgumentException(key + ".window must be positive, was " + rule.window());
            }
            if (rule.channels().isEmpty()) {
                throw new IllegalArgumentException(key + ".notify names no channel: name one of amrs.alerts.channels");
            }
            for (int j = 0; j < rule.channels().size(); j++) {
                if (!channels.contains(rule.channels().get(j))) {
                    throw new IllegalArgumentException(
                            key + ".notify[" + j + "] = \"" + rule.channels().get(j)
                                    + "\" is no channel of amrs.alerts.channels " + new ArrayList<>(channels));
                }
            }
        }
    }

    private static void requireName(String name, String key, Set<String> names) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(key + ".name is required");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException(key + ".name = \"" + name + "\" is used twice");
        }
    }

    private static void requireNotNegative(Duration duration, String key) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, was " + duration);
        }
    }
}
