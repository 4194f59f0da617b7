package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client of the portal under test (JDK HttpClient, no cookies, no redirects followed). */
public final class Api {

    // HTTP/1.1 as browsers speak it over plain http (the JDK client would otherwise try an h2c upgrade)
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Api() {
    }

    /** A request to a path of the portal, e.g. {@code /api/v1/me}. */
    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public static HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The value of an Authorization header for HTTP Basic. */
    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The answer, checked to be 200 OK (its body shown otherwise). */
    public static HttpResponse<String> ok(HttpResponse<String> response) {
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON array (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The media type of the answer without its parameters, e.g. {@code application/problem+json}. */
    public static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
    }
}
