package org.badgeportal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to a running portal (JDK HttpClient), for API contract tests:
 * {@code api.call("PUT", "/v1/demo/users/daniel.json").header("Authorization", key).json("{...}").send()}.
 * Every JSON answer of an API is checked against the portal's OpenAPI document ({@link ApiDocument}): a status
 * the operation does not document, or a body its schema does not allow, fails the test.
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    /** A response: status, headers, and the body as text and (when it is JSON) as a tree. */
    public record Response(int status, Map<String, String> headers, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Every JSON answer of an API must be what the OpenAPI document says that call answers. */
    private void checkAgainstTheDocument(String method, String path, Response answer) {
        String type = answer.header("Content-Type");
        if (!(path.startsWith("/api/") || path.startsWith("/v1/")) || type == null
                || !type.startsWith("application/json")) {
            return;
        }
        List<String> problems = ApiDocument.of(base, document -> get(document).send().text())
                .problems(method, path, answer.status(), answer.text());
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer does not match the OpenAPI document:\n" + String.join("\n", problems)
                    + "\n" + answer.text());
        }
    }

    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(String json) {
            headers.put("Content-Type", "application/json");
            body = json.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Call body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            body = bytes;
            return this;
        }

        public Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Map<String, String> received = new LinkedHashMap<>();
                response.headers().map().forEach((name, values) ->
                        received.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
                Response answer = new Response(response.statusCode(), received, response.body());
                checkAgainstTheDocument(method, path, answer);
                return answer;
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " interrupted", e);
            }
        }
    }
}
