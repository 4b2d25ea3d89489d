package org.badgeportal.apis.lite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apikeys.IssuerCredential;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lite API (see the package documentation): thin; the rules are in {@link LiteService}. */
@RestController
@RequestMapping(path = "/api/lite", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lite", description = "A small badges API: badges by name per user in a collection (the issuer's "
        + "slug). Needs a key of that issuer (X-Api-Key or Authorization: Bearer). Parameters as a JSON body or as "
        + "query parameters.")
class LiteController {

    private static final String QUERY = "the parameters as query parameters, when there is no JSON body";
    private static final String STATUS = "{\"status\": true}";
    private static final String ERROR = """
            {"status": false, "content": {"code": "ValidationError", "message": "user is required",
             "details": [{"field": "user", "message": "user is required", "value": null}]}}""";
    private static final String PARAMETERS = """
            {"collection": "my_collection1", "name": "profile/1", "user": "1"}""";

    private final LiteService lite;
    private final JsonMapper json;

    LiteController(LiteService lite, JsonMapper json) {
        this.lite = lite;
        this.json = json;
    }

    @PostMapping("/badge")
    @Operation(summary = "Award a badge",
            description = "Awards the badge 'name' to 'user' in 'collection'; the first award of a name creates "
                    + "its badge. 'payload' (any JSON) is kept on the award.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = """
                            {"collection": "my_collection1", "name": "profile/1", "user": "1",
                             "payload": {"foo": "bar"}}"""))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = STATUS))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = ERROR)))})
    Map<String, Object> award(@RequestBody(required = false) JsonNode body,
                              @Parameter(description = QUERY) @RequestParam MultiValueMap<String, String> query) {
        IssuerCredential caller = ApiCallers.issuer();
        LiteParameters parameters = new LiteParameters(body, query);
        String collection = parameters.required("collection");
        String name = parameters.required("name");
        String user = parameters.required("user");
        String payload = parameters.payload();
        ApiCallers.requireIssuer(caller, collection);
        lite.award(caller.issuerId(), name, user, payload);
        return ok(null);
    }

    @GetMapping("/badges")
    @Operation(summary = "List a user's badges",
            description = "The user's awards in the collection, oldest first; only those of badge 'name' when "
                    + "given. created_at is UTC.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = PARAMETERS))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                        {"status": true, "content": {"badges": [{"name": "profile/1", "user": "1",
                          "payload": {"foo": "bar"}, "created_at": "2020-06-20 08:43:16"}]}}"""))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = ERROR)))})
    Map<String, Object> badges(@RequestBody(required = false) JsonNode body,
                               @Parameter(description = QUERY) @RequestParam MultiValueMap<String, String> query) {
        UserBadges target = UserBadges.of(ApiCallers.issuer(), new LiteParameters(body, query));
        List<Map<String, Object>> badges = lite.badges(target.issuerId(), target.user(), target.name()).stream()
                .map(this::badge).toList();
        return ok(Map.of("badges", badges));
    }

    @DeleteMapping("/badges")
    @Operation(summary = "Remove a user's badges",
            description = "Revokes the user's awards of badge 'name', or of every badge when no name is given.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = PARAMETERS))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = STATUS))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = ERROR)))})
    Map<String, Object> remove(@RequestBody(required = false) JsonNode body,
                               @Parameter(description = QUERY) @RequestParam MultiValueMap<String, String> query) {
        UserBadges target = UserBadges.of(ApiCallers.issuer(), new LiteParameters(body, query));
        lite.remove(target.issuerId(), target.user(), target.name());
        return ok(null);
    }

    @GetMapping("/counters")
    @Operation(summary = "Count a user's badges",
            description = "How many awards of each named badge the user has; '_all' counts every badge. 'names' "
                    + "is an array or a comma-separated list.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = """
                            {"collection": "my_collection1", "names": ["profile/1", "profile/2", "_all"],
                             "user": "1"}"""))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                        {"status": true, "content": {"counters": {"profile/1": 1, "profile/2": 2, "_all": 3}}}"""))),
                @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(value = ERROR)))})
    Map<String, Object> counters(@RequestBody(required = false) JsonNode body,
                                 @Parameter(description = QUERY) @RequestParam MultiValueMap<String, String> query) {
        IssuerCredential caller = ApiCallers.issuer();
        LiteParameters parameters = new LiteParameters(body, query);
        String collection = parameters.required("collection");
        List<String> names = parameters.names();
        String user = parameters.required("user");
        ApiCallers.requireIssuer(caller, collection);
        return ok(Map.of("counters", lite.counters(caller.issuerId(), user, names)));
    }

    private Map<String, Object> badge(LiteBadge badge) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", badge.name());
        node.put("user", badge.user());
        node.put("payload", badge.payload() == null ? null : json.readTree(badge.payload()));
        node.put("created_at", badge.createdAt());
        return node;
    }

    private static Map<String, Object> ok(Object content) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", true);
        if (content != null) {
            answer.put("content", content);
        }
        return answer;
    }

    /** A user's badges in the caller's collection, of one name or (name null) of all. */
    private record UserBadges(Long issuerId, String user, String name) {

        static UserBadges of(IssuerCredential caller, LiteParameters parameters) {
            String collection = parameters.required("collection");
            String user = parameters.required("user");
            String name = parameters.optional("name");
            return new UserBadges(ApiCallers.requireIssuer(caller, collection).issuerId(), user, name);
        }
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(new ApiError(HttpStatus.BAD_REQUEST, "ValidationError", message,
                List.of(new ApiError.FieldProblem(field, message, null))));
    }
}
