package org.badgeportal.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's own OpenAPI document ({@code /v3/api-docs}), as the contract tests hold every answer against it:
 * the answer's status must be documented for its operation, and its JSON body must match that status's schema.
 */
public final class ApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOCATION = "https://portal.test/v3/api-docs";
    private static final Map<String, ApiDocument> LOADED = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final SchemaRegistry schemas;

    private ApiDocument(String text) {
        this.document = JSON.readTree(text);
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(LOCATION, text)));
    }

    /** The document of the portal at that address, read once. */
    static ApiDocument of(String base, java.util.function.Function<String, String> fetch) {
        return LOADED.computeIfAbsent(base, address -> new ApiDocument(fetch.apply("/v3/api-docs")));
    }

    /** What is wrong with this answer by the document; empty when it matches (or its path is not documented). */
    List<String> problems(String method, String path, int status, String body) {
        Optional<String> template = template(path.replaceAll("[?#].*", ""));
        if (template.isEmpty()) {
            return List.of();
        }
        JsonNode operation = document.path("paths").path(template.get()).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            // A method the path does not have never reaches an operation: it is refused (405, or 400 and 401 by
            // the firewall and the security chain, which come first), and OpenAPI leaves that undocumented.
            return status >= 400 && status < 500 ? List.of()
                    : List.of(method + " " + template.get() + " answered " + status + " but is not in the document");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + template.get() + " answered " + status + ", which is not documented");
        }
        JsonNode media = response.path("content").path("application/json");
        if (media.path("schema").isMissingNode() || body == null || body.isBlank()) {
            return List.of();
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase() + "/responses/" + status
                + "/content/application~1json/schema";
        Schema schema = schemas.getSchema(SchemaLocation.of(LOCATION + "#" + pointer));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(JSON.readTree(body))) {
            problems.add(method + " " + template.get() + " " + status + " at " + error.getInstanceLocation() + ": "
                    + error.getMessage());
        }
        return problems;
    }

    /** The documented path that the concrete path is an instance of. */
    private Optional<String> template(String path) {
        List<String> candidates = new ArrayList<>();
        document.path("paths").propertyNames().forEach(candidates::add);
        return candidates.stream()
                .filter(candidate -> Pattern.matches(Pattern.quote(candidate).replaceAll("\\{[^}]+}",
                        "\\\\E[^/]+\\\\Q"), path))
                .min((a, b) -> Integer.compare(a.split("\\{").length, b.split("\\{").length));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
