package com.amrs.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls, to the api-server directly or through the dashboard's nginx, as a user with curl makes
 * them: with credentials ({@code curl -u}), or as nobody.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final Supplier<String> authorization;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Calls as nobody. */
    public Api(String baseUrl) {
        this(baseUrl, () -> null);
    }

    /** Calls with this {@code Authorization} header, asked for at each call (null: none). */
    public Api(String baseUrl, Supplier<String> authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same server, called as nobody. */
    public Api anonymous() {
        return new Api(baseUrl);
    }

    public HttpResponse<byte[]> get(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .GET();
        authorization().ifPresent(value -> request.header("Authorization", value));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a 200 answer. */
    public JsonNode json(String path) {
        HttpResponse<byte[]> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** The {@code Authorization} header these calls send, if any. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization.get());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpClient client() {
        return client;
    }
}
