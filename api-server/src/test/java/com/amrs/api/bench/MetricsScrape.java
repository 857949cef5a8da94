package com.amrs.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /actuator/prometheus} (text format), and the differences between two scrapes:
 * counter deltas, and quantiles of the observations a histogram received in between.
 */
final class MetricsScrape {

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+).*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {}

    private final List<Sample> samples = new ArrayList<>();

    MetricsScrape(String text) {
        for (String line : text.split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (line.startsWith("#") || !matcher.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (matcher.group(3) != null) {
                Matcher label = LABEL.matcher(matcher.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(matcher.group(1), labels, parse(matcher.group(4))));
        }
    }

    /** The sum of the series of {@code name} whose labels match. */
    double sum(String name, Predicate<Map<String, String>> labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && labels.test(sample.labels()))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** How much {@code name} (summed over the matching series) grew from {@code before} to this scrape. */
    double since(MetricsScrape before, String name, Predicate<Map<String, String>> labels) {
        return sum(name, labels) - before.sum(name, labels);
    }

    static Predicate<Map<String, String>> label(String name, String value) {
        return labels -> value.equals(labels.get(name));
    }

    static Predicate<Map<String, String>> any() {
        return labels -> true;
    }

    /**
     * The quantiles, in milliseconds, of what histogram {@code name} (in seconds, summed over the matching
     * series, which share their buckets) observed between {@code before} and this scrape; linear within a
     * bucket. The last element is the upper bound of the highest bucket that received anything.
     */
    double[] quantilesMillis(
            MetricsScrape before, String name, Predicate<Map<String, String>> labels, double... quantiles) {
        TreeMap<Double, Double> now = buckets(name + "_bucket", labels);
        TreeMap<Double, Double> then = before.buckets(name + "_bucket", labels);
        TreeMap<Double, Double> cumulative = new TreeMap<>();
        now.forEach((le, count) -> cumulative.put(le, count - then.getOrDefault(le, 0.0)));
        double total = cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        double[] result = new double[quantiles.length + 1];
        if (total == 0) {
            java.util.Arrays.fill(result, Double.NaN);
            return result;
        }
        for (int q = 0; q < quantiles.length; q++) {
            double rank = quantiles[q] * total;
            double lower = 0;
            double below = 0;
            for (var bucket : cumulative.entrySet()) {
                if (bucket.getValue() >= rank) {
                    double upper = bucket.getKey();
                    double share = (rank - below) / Math.max(bucket.getValue() - below, 1e-9);
                    result[q] = Double.isInfinite(upper)
                            ? Double.POSITIVE_INFINITY
                            : (lower + share * (upper - lower)) * 1000;
                    break;
                }
                lower = bucket.getKey();
                below = bucket.getValue();
            }
        }
        double highest = cumulative.entrySet().stream()
                .filter(bucket -> bucket.getValue() >= total)
                .mapToDouble(Map.Entry::getKey)
                .min()
                .orElse(Double.NaN);
        result[quantiles.length] = highest * 1000;
        return result;
    }

    private TreeMap<Double, Double> buckets(String name, Predicate<Map<String, String>> labels) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        samples.stream()
                .filter(sample -> sample.name().equals(name) && labels.test(sample.labels()))
                .forEach(sample -> buckets.merge(parse(sample.labels().get("le")), sample.value(), Double::sum));
        return buckets;
    }

    private static double parse(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }
}
