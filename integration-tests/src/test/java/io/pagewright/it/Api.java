package io.pagewright.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny JSON-over-HTTP client for tests: what a frontend or a script would send. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Credentials credentials;

    /** An anonymous client, e.g. for Elasticsearch or the management interface. */
    Api(String base) {
        this(URI.create(base), null);
    }

    private Api(URI base, Credentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /**
     * A client signed in as a test user who holds every role a person can have, for tests about
     * something other than permissions.
     */
    static Api withAllRoles(URL base) {
        return new Api(URI.create(base.toString()), Credentials.allRoles(base));
    }

    /** A client signed in with these credentials. */
    static Api as(URL base, Credentials credentials) {
        return new Api(URI.create(base.toString()), credentials);
    }

    /** A client with no credentials at all. */
    static Api anonymous(URL base) {
        return new Api(URI.create(base.toString()), null);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(
                HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    Reply put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Reply postWithIfMatch(String path, String ifMatch) {
        return send(
                HttpRequest.newBuilder(resolve(path))
                        .header("If-Match", ifMatch)
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply post(String path, Object body, String ifMatch) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE());
    }

    Reply delete(String path, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Reply send(HttpRequest.Builder request) {
        return send(request, "application/json, application/problem+json");
    }

    /** Sends with this {@code Accept} header (one header: some servers read only the first). */
    Reply send(HttpRequest.Builder request, String accept) {
        if (credentials != null) {
            request.header("Authorization", credentials.basic());
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(
                            request.header("Accept", accept)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request builder for a path relative to the base, for tests that need any method. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(resolve(path));
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    record Reply(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String body() {
            return raw.body();
        }
    }
}
